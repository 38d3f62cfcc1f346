using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// Whether a type declaration can take a generated part: the type-level rules of
/// <see cref="Rule"/> (docs/diagnostics/DPC0001.md, DPC0009.md).
/// </summary>
internal static class Declarations
{
    /// <summary>
    /// Adds the reasons <paramref name="type"/> cannot take a generated part: one per declaration
    /// without <c>partial</c>, and the first shape problem. A containing type without
    /// <c>partial</c> only rejects: its own parse reports it, as a model or through
    /// <see cref="CheckContainer"/>, so the diagnostic is local to the declaration a fix edits.
    /// </summary>
    public static void Check(INamedTypeSymbol type, ReasonCollector reasons, CancellationToken cancellationToken)
    {
        CheckPartial(type, type, reasons, cancellationToken);
        if (Shape(type) is { } shape) reasons.Add(shape.Rule, "", null, shape.Arguments);
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartialEverywhere(outer)) reasons.Reject();
        }
    }

    /// <summary>A type that is not a model: one reason per declaration without <c>partial</c> when it contains a model.</summary>
    public static void CheckContainer(INamedTypeSymbol type, ReasonCollector reasons, CancellationToken cancellationToken)
    {
        if (IsPartialEverywhere(type) || FirstNestedModel(type, 0) is not { } model) return;
        CheckPartial(type, model, reasons, cancellationToken);
    }

    /// <summary>Whether a base declared in source can be generated (its own parse reports why not).</summary>
    public static bool IsGeneratable(INamedTypeSymbol type)
    {
        if (Shape(type) is not null || !IsPartialEverywhere(type)) return false;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartialEverywhere(outer)) return false;
        }
        return true;
    }

    /// <summary>The identifier of the type's first declaration, where reasons about the type are reported.</summary>
    public static Location IdentifierLocation(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is BaseTypeDeclarationSyntax declaration) return declaration.Identifier.GetLocation();
        }
        return type.Locations.FirstOrDefault() ?? Location.None;
    }

    /// <summary>The C# name as users read it, e.g. <c>Outer.Inner</c>.</summary>
    public static string DisplayName(INamedTypeSymbol type) =>
        type.ContainingType is null ? type.Name : DisplayName(type.ContainingType) + "." + type.Name;

    // The first problem with the type's shape; one is enough to say why it cannot be generated.
    private static (Rule Rule, string[] Arguments)? Shape(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class) return (Rule.NotAClass, Array.Empty<string>());
        if (type.IsStatic) return (Rule.Static, Array.Empty<string>());
        if (type.IsAbstract) return (Rule.Abstract, Array.Empty<string>());
        if (type.Arity > 0) return (Rule.Generic, Array.Empty<string>());
        if (type.IsFileLocal) return (Rule.FileLocal, Array.Empty<string>());
        if (!HasParameterlessConstructor(type)) return (Rule.NoParameterlessConstructor, Array.Empty<string>());
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.Arity > 0) return (Rule.ContainingTypeGeneric, new[] { outer.Name });
        }
        return null;
    }

    // The message names the model the declaration keeps from being generated.
    private static void CheckPartial(INamedTypeSymbol declared, INamedTypeSymbol model, ReasonCollector reasons, CancellationToken cancellationToken)
    {
        if (IsPartialEverywhere(declared)) return;
        reasons.Reject();
        foreach (var reference in declared.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                reasons.Add(Rule.NotPartial, "", declaration.Identifier.GetLocation(), declared.Name, DisplayName(model));
            }
        }
    }

    // Depth-first, in declaration order; deep nesting is not worth walking.
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

    /// <summary>True when every declaration in source carries <c>partial</c>.</summary>
    public static bool IsPartialEverywhere(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration) return false;
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return false;
        }
        return true;
    }

    /// <summary>The base type when it is itself a <c>[RelationModel]</c>, else null (the model is a root).</summary>
    public static INamedTypeSymbol? RelationModelBase(INamedTypeSymbol type) =>
        type.BaseType is { } baseType && TypeShape.IsRelationModel(baseType) ? baseType : null;

    /// <summary>Whether the type derives from the runtime's <c>PeerModel</c>.</summary>
    public static bool IsPeerModel(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == KnownNames.PeerModel) return true;
        }
        return false;
    }

    /// <summary>The keyword that re-declares the type: <c>class</c>, <c>record</c>, <c>struct</c>, ...</summary>
    public static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static bool HasParameterlessConstructor(INamedTypeSymbol type) =>
        type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility != Accessibility.Private);
}
