using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// Whether a type declaration can take a generated part; the analyzers report the same reasons.
/// </summary>
internal static class Declarations
{
    /// <summary>Why a <c>[RelationModel]</c> type cannot be generated, or null when it can.</summary>
    public static string? WhyNotGeneratable(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class) return "it is not a class or record class";
        if (type.IsStatic) return "it is static";
        if (type.IsAbstract) return "it is abstract";
        if (type.Arity > 0) return "it is generic";
        if (type.IsFileLocal) return "it is file-local";
        if (!HasParameterlessConstructor(type)) return "it has no parameterless constructor";
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.Arity > 0) return $"its containing type {outer.Name} is generic";
            if (!IsPartialEverywhere(outer)) return $"its containing type {outer.Name} is not partial";
        }
        if (!IsPartialEverywhere(type)) return "it is not partial";
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
