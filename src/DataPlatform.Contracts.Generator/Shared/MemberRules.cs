using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Generator.Shared;

/// <summary>Which properties of a model are serialized members; the analyzers use the generator's rule.</summary>
internal static class MemberRules
{
    /// <summary>
    /// An instance, non-indexer, non-private property with a getter and a setter that implements no
    /// interface explicitly: the parser's members, and the analyzers' test for types that are not models.
    /// </summary>
    public static bool IsCandidate(IPropertySymbol property) =>
        !property.IsStatic && !property.IsIndexer && property.GetMethod is not null && property.SetMethod is not null
        && property.ExplicitInterfaceImplementations.Length == 0 && property.DeclaredAccessibility != Accessibility.Private;
}
