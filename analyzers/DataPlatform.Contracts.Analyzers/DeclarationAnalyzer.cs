using System.Collections.Immutable;
using DataPlatform.Contracts.Generator.Parsing;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>
/// Explains the declarations the generator skips (DPC0001-0099) and warns about declarations it
/// accepts but that fail on the wire: the reasons of the generator's own parser, mapped to
/// descriptors by <see cref="ReasonDiagnostics"/>, and the rules on types that are not models.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: whether the DPC0010 member can simply be made nullable.</summary>
    internal const string CanBeNullableProperty = "CanBeNullable";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.NotPartial, Descriptors.SecretMemberType, Descriptors.SecretOutsideModel, Descriptors.InvalidGroupName,
        Descriptors.MultipleSecretAttributes, Descriptors.DuplicateWireKey, Descriptors.ReservedWireKey,
        Descriptors.DerivedWithoutAttribute, Descriptors.NotGeneratable, Descriptors.RequiredWithoutDefault);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Without the runtime there is nothing to check.
            if (start.Compilation.GetTypeByMetadataName(KnownNames.RelationModelAttribute) is null) return;
            start.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        if (context.Symbol is not INamedTypeSymbol type || !type.Locations.Any(l => l.IsInSource)) return;
        // The generator's own parse is the one source of the rules: every reason it finds is reported.
        var isModel = TypeShape.IsRelationModel(type);
        var reasons = isModel ? ModelParser.Parse(type, context.CancellationToken).Reasons : ModelParser.ParseContainer(type, context.CancellationToken);
        foreach (var reason in reasons) context.ReportDiagnostic(ReasonDiagnostics.Create(reason, type, context.Compilation));
        if (!isModel) AnalyzeOther(context, type);
    }

    // DPC0003 and DPC0008: types that are not models, which the parser never sees.
    private static void AnalyzeOther(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class) return;
        INamedTypeSymbol? baseModel = null;
        var depth = 0;
        for (var current = type.BaseType; current is not null && depth < 64; current = current.BaseType, depth++)
        {
            if (TypeShape.IsRelationModel(current)) { baseModel = current; break; }
        }

        var own = type.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsImplicitlyDeclared && p.Locations.Any(l => l.IsInSource)).ToList();
        if (baseModel is not null)
        {
            if (own.Any(p => MemberRules.IsCandidate(p) && !MemberAttributes.Read(p).NotSerialized))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DerivedWithoutAttribute, Declarations.IdentifierLocation(type, context.CancellationToken), type.Name, baseModel.Name));
            }
            return; // its secret members are covered by DPC0008
        }

        foreach (var property in own)
        {
            var secret = property.GetAttributes().FirstOrDefault(IsSecretAttribute);
            if (secret is null) continue;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretOutsideModel,
                AttributeLocation(secret, context.CancellationToken) ?? property.Locations[0], property.Name, type.Name));
        }
    }

    internal static bool IsSecretAttribute(AttributeData attribute) => KnownNames.IsSecretGroupAttribute(attribute.AttributeClass?.ToDisplayString());

    private static Location? AttributeLocation(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();
}
