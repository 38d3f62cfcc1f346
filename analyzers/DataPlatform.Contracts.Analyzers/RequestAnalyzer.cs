using System.Collections.Immutable;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>
/// Inconsistent requests (DPC0100-0199) found in object initializers of request models. Only
/// compile-time constants are judged; anything else is left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequestAnalyzer : DiagnosticAnalyzer
{
    internal const string RequirerCommonModel = "DataPlatform.Contracts.Models.RequirerCommonModel";
    internal const string KafkaRequestModel = "DataPlatform.Contracts.Models.KafkaRequestModel";
    internal const string EntityTypeEnum = "DataPlatform.Contracts.Models.EntityType";
    internal const string ExtraUserRoles = "ExtraUserRoles";
    internal const string ExtraGroupRoles = "ExtraGroupRoles";

    /// <summary>Diagnostic property of DPC0100: the property the value belongs in.</summary>
    internal const string TargetProperty = "Target";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.EntityRolesMismatch, Descriptors.ConsumerGroupPrefix, Descriptors.DuplicateRequest);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var requirer = start.Compilation.GetTypeByMetadataName(RequirerCommonModel);
            var entityType = start.Compilation.GetTypeByMetadataName(EntityTypeEnum);
            if (requirer is null || entityType is null) return;
            var kafka = start.Compilation.GetTypeByMetadataName(KafkaRequestModel);
            var symbols = new Symbols(requirer, kafka, entityType);
            start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeCollection(c, symbols), OperationKind.ArrayInitializer, OperationKind.CollectionExpression, OperationKind.ObjectOrCollectionInitializer);
        });
    }

    private sealed class Symbols(INamedTypeSymbol requirer, INamedTypeSymbol? kafka, INamedTypeSymbol entityType)
    {
        public INamedTypeSymbol Requirer { get; } = requirer;
        public INamedTypeSymbol? Kafka { get; } = kafka;
        public INamedTypeSymbol EntityType { get; } = entityType;
    }

    // What an initializer says about a request, for constant values only.
    private sealed class Request
    {
        public string? EntityType;          // "USER", "GROUP", or null when absent
        public bool EntityTypeKnown = true; // false when assigned a non-constant
        public ISimpleAssignmentOperation? UserRoles;
        public ISimpleAssignmentOperation? GroupRoles;
        public string? Resource;            // null unless assigned a constant
        public bool Judgeable = true;       // false when the creation has arguments we cannot see through
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, Symbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || !DerivesFrom(type, symbols.Requirer)) return;
        var request = Read(creation, symbols);
        if (request is null) return;

        if (request.EntityTypeKnown && request.EntityType == "USER" && NonEmpty(request.GroupRoles) is { } group)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EntityRolesMismatch, group.Syntax.GetLocation(),
                Target(ExtraUserRoles, request.UserRoles), "USER", ExtraGroupRoles, ExtraUserRoles));
        }
        if (request.EntityTypeKnown && request.EntityType == "GROUP" && NonEmpty(request.UserRoles) is { } user)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EntityRolesMismatch, user.Syntax.GetLocation(),
                Target(ExtraGroupRoles, request.GroupRoles), "GROUP", ExtraUserRoles, ExtraGroupRoles));
        }

        if (symbols.Kafka is not null && DerivesFrom(type, symbols.Kafka) && creation.Initializer is { } initializer)
        {
            foreach (var assignment in Assignments(initializer))
            {
                if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "ConsumerGroupPrefix" } property }) continue;
                if (!SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.Kafka)) continue;
                if (assignment.Value.ConstantValue is { HasValue: true, Value: string prefix } && !RequestRules.IsAcceptableConsumerGroupPrefix(prefix))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConsumerGroupPrefix, assignment.Value.Syntax.GetLocation(), prefix));
                }
            }
        }
    }

    // The fix moves the value only when the right property is not assigned already.
    private static ImmutableDictionary<string, string?> Target(string target, ISimpleAssignmentOperation? existing) =>
        existing is null
            ? ImmutableDictionary<string, string?>.Empty.Add(TargetProperty, target)
            : ImmutableDictionary<string, string?>.Empty;

    private static ISimpleAssignmentOperation? NonEmpty(ISimpleAssignmentOperation? assignment) =>
        assignment?.Value.ConstantValue is { HasValue: true, Value: string { Length: > 0 } } ? assignment : null;

    private static void AnalyzeCollection(OperationAnalysisContext context, Symbols symbols)
    {
        IEnumerable<IOperation> elements = context.Operation switch
        {
            IArrayInitializerOperation array => array.ElementValues,
            ICollectionExpressionOperation collection => collection.Elements,
            IObjectOrCollectionInitializerOperation initializer => initializer.Initializers
                .OfType<IInvocationOperation>()
                .Where(i => i.Arguments.Length == 1)
                .Select(i => i.Arguments[0].Value),
            _ => Enumerable.Empty<IOperation>(),
        };

        var seen = new HashSet<(string Resource, string? EntityType)>();
        foreach (var element in elements)
        {
            if (Unwrap(element) is not IObjectCreationOperation creation) continue;
            if (creation.Type is not INamedTypeSymbol type || !DerivesFrom(type, symbols.Requirer)) continue;
            var request = Read(creation, symbols);
            if (request is null || !request.Judgeable || !request.EntityTypeKnown || request.Resource is null) continue;
            if (!seen.Add((request.Resource, request.EntityType)))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateRequest, creation.Syntax.GetLocation(),
                    request.Resource, request.EntityType ?? "none"));
            }
        }
    }

    private static Request? Read(IObjectCreationOperation creation, Symbols symbols)
    {
        var request = new Request { Judgeable = creation.Arguments.Length == 0 };
        if (creation.Initializer is not { } initializer) return request;
        foreach (var assignment in Assignments(initializer))
        {
            if (assignment.Target is not IPropertyReferenceOperation { Property: { } property }) continue;
            var declaredByRequirer = SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.Requirer);
            var declaredByCommon = property.ContainingType?.ToDisplayString() == "DataPlatform.Contracts.Models.CommonModel";
            var constant = Unwrap(assignment.Value).ConstantValue;
            switch (property.Name)
            {
                case "EntityType" when declaredByRequirer:
                    request.EntityType = null;
                    request.EntityTypeKnown = constant.HasValue;
                    if (constant.HasValue && constant.Value is not null)
                    {
                        request.EntityType = EnumName(symbols.EntityType, constant.Value);
                        request.EntityTypeKnown = request.EntityType is not null;
                    }
                    break;
                case ExtraUserRoles when declaredByRequirer: request.UserRoles = assignment; break;
                case ExtraGroupRoles when declaredByRequirer: request.GroupRoles = assignment; break;
                case "Resource" when declaredByCommon:
                    request.Resource = constant is { HasValue: true, Value: string resource } ? resource : null;
                    break;
            }
        }
        return request;
    }

    // "USER" or "GROUP": the wire names of the enum's fields, read by value.
    private static string? EnumName(INamedTypeSymbol entityType, object value)
    {
        foreach (var field in entityType.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue || !Equals(field.ConstantValue, value)) continue;
            return field.Name switch { "User" => "USER", "Group" => "GROUP", _ => field.Name.ToUpperInvariant() };
        }
        return null;
    }

    private static IEnumerable<ISimpleAssignmentOperation> Assignments(IObjectOrCollectionInitializerOperation initializer) =>
        initializer.Initializers.OfType<ISimpleAssignmentOperation>();

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        return operation;
    }

    internal static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        var depth = 0;
        for (INamedTypeSymbol? current = type; current is not null && depth < 64; current = current.BaseType, depth++)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType)) return true;
        }
        return false;
    }
}
