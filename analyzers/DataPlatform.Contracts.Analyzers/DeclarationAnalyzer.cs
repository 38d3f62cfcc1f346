using System.Collections.Immutable;
using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Parsing;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>
/// Explains the declarations the generator skips (DPC0001-0099), using the generator's own
/// parsing rules, and warns about declarations it accepts but that fail on the wire.
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
        var isModel = TypeShape.IsRelationModel(type);
        ReportNotPartial(context, type, isModel ? type : FirstNestedModel(type, 0));
        if (isModel) AnalyzeModel(context, type);
        else AnalyzeOther(context, type);
    }

    // DPC0001: once per declaration, on the type itself or on a type containing a model.
    private static void ReportNotPartial(SymbolAnalysisContext context, INamedTypeSymbol type, INamedTypeSymbol? model)
    {
        if (model is null) return;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is not TypeDeclarationSyntax declaration) continue;
            if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) continue;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotPartial, declaration.Identifier.GetLocation(), type.Name, DisplayName(model)));
        }
    }

    private static INamedTypeSymbol? FirstNestedModel(INamedTypeSymbol type, int depth)
    {
        if (depth > 32) return null;
        foreach (var nested in type.GetTypeMembers())
        {
            if (TypeShape.IsRelationModel(nested)) return nested;
            if (FirstNestedModel(nested, depth + 1) is { } deeper) return deeper;
        }
        return null;
    }

    private static void AnalyzeModel(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        var cancellationToken = context.CancellationToken;
        var typeLocation = IdentifierLocation(type, cancellationToken);
        // True once a diagnostic (or a compiler error) explains why the generator skips the type.
        var explained = false;

        var why = Declarations.WhyNotGeneratable(type);
        if (why is not null)
        {
            explained = true;
            if (!why.EndsWith("is not partial", StringComparison.Ordinal))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotGeneratable, typeLocation, type.Name, why));
            }
        }

        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null && chain.Count < 64; current = Declarations.RelationModelBase(current)) chain.Insert(0, current);
        foreach (var baseType in chain)
        {
            if (SymbolEqualityComparer.Default.Equals(baseType, type)) continue;
            if (baseType.Locations.Any(l => l.IsInSource) && Declarations.WhyNotGeneratable(baseType) is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotGeneratable, typeLocation, type.Name, $"its base relation model '{baseType.Name}' cannot be generated"));
                explained = true;
                break;
            }
        }

        // Every serialized member of the chain, base members first, as the generator orders them.
        var members = new List<(IPropertySymbol Property, MemberAttributes Attributes, string Key)>();
        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (!MemberRules.IsCandidate(property)) continue;
                var attributes = MemberAttributes.Read(property);
                if (attributes.NotSerialized) continue;
                members.Add((property, attributes, attributes.WireName ?? WireNames.ToKebabCase(property.Name)));
            }
        }
        var groups = new HashSet<string>(members
            .Where(m => m.Attributes.GroupAttributeCount > 0 && ModelRules.IsValidGroupName(m.Attributes.Group))
            .Select(m => m.Attributes.Group!), StringComparer.Ordinal);

        for (var index = 0; index < members.Count; index++)
        {
            var (property, attributes, key) = members[index];
            if (!SymbolEqualityComparer.Default.Equals(property.ContainingType, type)) continue;
            if (!property.Locations.Any(l => l.IsInSource)) continue;
            explained |= AnalyzeMember(context, type, property, attributes, key, members, index, groups);
        }

        if (explained) return;
        ModelSpec? spec;
        ParseRejection? rejection;
        try
        {
            spec = ModelParser.Parse(type, cancellationToken, out rejection);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return; // incomplete code the parser does not expect: say nothing rather than guess
        }
        // Every rejection the member rules above did not explain: the parser's own reason.
        if (spec is null && rejection is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotGeneratable, typeLocation, type.Name, rejection.Reason));
        }
    }

    // Returns true when a diagnostic or a compiler error explains why the generator skips the type.
    private static bool AnalyzeMember(
        SymbolAnalysisContext context, INamedTypeSymbol type, IPropertySymbol property, MemberAttributes attributes, string key,
        List<(IPropertySymbol Property, MemberAttributes Attributes, string Key)> members, int index, HashSet<string> groups)
    {
        var cancellationToken = context.CancellationToken;
        var syntax = property.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<PropertyDeclarationSyntax>().FirstOrDefault();
        if (syntax is null) return false;
        var memberLocation = syntax.Identifier.GetLocation();
        var typeLocation = syntax.Type.GetLocation();
        var explained = false;

        if (ContainsError(property.Type)) return true; // the compiler reports it
        var classified = TypeShape.TryClassify(property.Type, out var shape);

        var secretAttributes = property.GetAttributes().Where(IsSecretAttribute).ToList();
        if (secretAttributes.Count > 1)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MultipleSecretAttributes, AttributeLocation(secretAttributes[1], cancellationToken) ?? memberLocation, property.Name, secretAttributes.Count));
            explained = true;
        }
        foreach (var attribute in secretAttributes)
        {
            if (attribute.AttributeClass?.ToDisplayString() != KnownNames.SecretGroupAttribute) continue;
            if (attribute.ConstructorArguments.Length != 1) { explained = true; continue; } // a compiler error
            var group = attribute.ConstructorArguments[0].Value as string;
            if (!ModelRules.IsValidGroupName(group))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidGroupName, AttributeLocation(attribute, cancellationToken) ?? memberLocation, group ?? "", property.Name));
                explained = true;
            }
        }
        if (secretAttributes.Count > 0 && !(classified && shape.IsNullable && shape.Kind is ValueKind.String or ValueKind.Boolean))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretMemberType, typeLocation, property.Name, property.Type.ToDisplayString()));
            return true;
        }
        if (!classified)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotGeneratable, typeLocation, type.Name,
                $"its member '{property.Name}' has type '{property.Type.ToDisplayString()}', which a relation model cannot serialize"));
            return true;
        }

        if (attributes.PointerGroup is { } pointerGroup)
        {
            if (!ModelRules.IsValidGroupName(pointerGroup))
            {
                var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownNames.SecretPointerAttribute);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidGroupName, (attribute is null ? null : AttributeLocation(attribute, cancellationToken)) ?? memberLocation, pointerGroup, property.Name));
                explained = true;
            }
            else if (shape.Kind != ValueKind.String || !shape.IsNullable)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotGeneratable, typeLocation, type.Name, $"its secret pointer '{property.Name}' must be 'string?'"));
                explained = true;
            }
        }

        if (!ModelRules.IsValidWireName(key))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotGeneratable, memberLocation, type.Name, $"the wire name of '{property.Name}' is empty or has control characters"));
            return true;
        }

        if (attributes.AliasUsedFor is { } target)
        {
            if (shape.Kind != ValueKind.String || shape.IsNullable)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotGeneratable, typeLocation, type.Name, $"the [AliasUsedFor] member '{property.Name}' must be a non-nullable 'string'"));
                explained = true;
            }
            else if (!members.Any(m => m.Property.Name == target && m.Attributes.Aliases.Count > 0))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotGeneratable, memberLocation, type.Name, $"[AliasUsedFor] on '{property.Name}' names '{target}', which is not a member with [InputAliases]"));
                explained = true;
            }
            return explained; // never written, so its key collides with nothing
        }

        // DPC0006: a key taken by an earlier member, or by the pointer of a group the model uses.
        var earlier = members.Take(index).FirstOrDefault(m => m.Attributes.AliasUsedFor is null && m.Key == key);
        if (earlier.Property is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateWireKey, memberLocation, property.Name, key,
                $"is also the wire key of '{earlier.Property.ContainingType.Name}.{earlier.Property.Name}'"));
            explained = true;
        }
        else if (key.StartsWith("secret-", StringComparison.Ordinal) && groups.Contains(key.Substring("secret-".Length))
            && attributes.PointerGroup != key.Substring("secret-".Length)
            && !members.Any(m => m.Attributes.PointerGroup == key.Substring("secret-".Length)))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateWireKey, memberLocation, property.Name, key,
                $"is the pointer key of the model's secret group '{key.Substring("secret-".Length)}'"));
            explained = true;
        }

        // DPC0007: the contract's own keys; a [WireLiteral] member on one is the contract's key by intent.
        if (Array.IndexOf(ModelRules.ReservedKeys, key) >= 0 && attributes.Literal is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReservedWireKey, memberLocation, property.Name, key));
        }

        // DPC0010: a plain auto-property without a default is required on the wire.
        if (!property.IsPartialDefinition && !property.IsRequired && property.Type.IsReferenceType
            && property.Type.NullableAnnotation != NullableAnnotation.Annotated
            && secretAttributes.Count == 0 && attributes.PointerGroup is null
            && attributes.Default is null && attributes.DefaultFactory is null
            && syntax.Initializer is null && syntax.ExpressionBody is null && syntax.AccessorList is { } accessors
            && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null))
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(
                CanBeNullableProperty, property.Type.NullableAnnotation == NullableAnnotation.NotAnnotated ? "true" : "false");
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.RequiredWithoutDefault, memberLocation, properties, property.Name, key));
        }
        return explained;
    }

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
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DerivedWithoutAttribute, IdentifierLocation(type, context.CancellationToken), type.Name, baseModel.Name));
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

    internal static bool IsSecretAttribute(AttributeData attribute)
    {
        var name = attribute.AttributeClass?.ToDisplayString();
        return name is not null && (name == KnownNames.SecretGroupAttribute || KnownNames.GroupShorthands.ContainsKey(name));
    }

    private static bool ContainsError(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsError),
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        _ => false,
    };

    private static Location? AttributeLocation(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();

    private static Location IdentifierLocation(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is BaseTypeDeclarationSyntax declaration) return declaration.Identifier.GetLocation();
        }
        return type.Locations.FirstOrDefault() ?? Location.None;
    }

    private static string DisplayName(INamedTypeSymbol type) =>
        type.ContainingType is null ? type.Name : DisplayName(type.ContainingType) + "." + type.Name;
}
