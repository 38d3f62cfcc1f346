using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>The value shape of a member type, or why it has none.</summary>
internal readonly record struct TypeShape(ValueKind Kind, bool IsNullable, ITypeSymbol? Element)
{
    public static bool TryClassify(ITypeSymbol type, out TypeShape shape)
    {
        var nullable = type.NullableAnnotation == NullableAnnotation.Annotated;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
        {
            type = wrapper.TypeArguments[0];
            nullable = true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String: shape = new(ValueKind.String, nullable, null); return true;
            case SpecialType.System_Boolean: shape = new(ValueKind.Boolean, nullable, null); return true;
            case SpecialType.System_Int32: shape = new(ValueKind.Int32, nullable, null); return true;
            case SpecialType.System_Int64: shape = new(ValueKind.Int64, nullable, null); return true;
            case SpecialType.System_Double: shape = new(ValueKind.Double, nullable, null); return true;
        }
        if (type.TypeKind == TypeKind.Enum)
        {
            shape = new(ValueKind.Enum, nullable, type);
            return true;
        }
        // WireValue is a class: WireValue? is the same symbol with an annotation, which the display string shows.
        if (type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString() == KnownNames.WireValue)
        {
            shape = new(ValueKind.Json, nullable, null);
            return true;
        }
        if (IsRelationModel(type))
        {
            shape = new(ValueKind.Model, nullable, type);
            return true;
        }
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } list && IsListType(list))
        {
            var element = list.TypeArguments[0];
            if (element.SpecialType == SpecialType.System_String && element.NullableAnnotation != NullableAnnotation.Annotated)
            {
                shape = new(ValueKind.StringList, nullable, element);
                return true;
            }
            if (IsRelationModel(element) && element.NullableAnnotation != NullableAnnotation.Annotated)
            {
                shape = new(ValueKind.ModelList, nullable, element);
                return true;
            }
        }
        shape = default;
        return false;
    }

    public static bool IsRelationModel(ITypeSymbol type) =>
        type is INamedTypeSymbol named && named.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownNames.RelationModelAttribute);

    /// <summary>Whether the type or one of its type arguments does not resolve (the compiler reports it).</summary>
    public static bool ContainsError(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsError),
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        _ => false,
    };

    // The list types a List<T> can be assigned to.
    private static bool IsListType(INamedTypeSymbol type) =>
        type.OriginalDefinition.ToDisplayString() is
            "System.Collections.Generic.List<T>" or
            "System.Collections.Generic.IList<T>" or
            "System.Collections.Generic.IReadOnlyList<T>" or
            "System.Collections.Generic.ICollection<T>" or
            "System.Collections.Generic.IReadOnlyCollection<T>" or
            "System.Collections.Generic.IEnumerable<T>";
}
