using DataPlatform.Contracts.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// Finds the partial property definitions of a <c>[RelationModel]</c> type that nothing implements
/// (see <see cref="PartialStubsSpec"/>).
/// </summary>
internal static class PartialStubs
{
    /// <summary>
    /// The stubs the type needs besides what <paramref name="model"/> implements, or null when it
    /// needs none or cannot take a generated part (not partial, file-local, an interface: the
    /// compiler's own error then names the problem).
    /// </summary>
    public static PartialStubsSpec? For(INamedTypeSymbol type, ModelSpec? model, CancellationToken cancellationToken)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsFileLocal) return null;
        if (!Declarations.IsPartialEverywhere(type)) return null;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.TypeKind is not (TypeKind.Class or TypeKind.Struct) || !Declarations.IsPartialEverywhere(outer)) return null;
        }

        var implemented = new HashSet<string>(StringComparer.Ordinal);
        if (model is not null)
        {
            foreach (var member in model.Members)
            {
                if (member.Implementation is { IsDeclaredByGenerator: false }) implemented.Add(member.Name);
            }
        }

        var properties = new List<StubPropertySpec>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!property.IsPartialDefinition || property.PartialImplementationPart is not null) continue;
            if (property.IsIndexer || property.RefKind != RefKind.None || implemented.Contains(property.Name)) continue;
            if (TypeShape.ContainsError(property.Type)) continue; // the compiler reports the type
            var syntax = property.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<PropertyDeclarationSyntax>().FirstOrDefault();
            if (syntax?.AccessorList is null) continue;
            var getter = syntax.AccessorList.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
            var setter = syntax.AccessorList.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.SetAccessorDeclaration) || a.IsKind(SyntaxKind.InitAccessorDeclaration));
            if (getter is null && setter is null) continue;
            properties.Add(new StubPropertySpec(
                Name: property.Name,
                TypeName: property.Type.ToDisplayString(MemberSpecs.TypeFormat),
                Modifiers: string.Join(" ", syntax.Modifiers.Where(m => !m.IsKind(SyntaxKind.PartialKeyword)).Select(m => m.Text)),
                IsStatic: property.IsStatic,
                GetterModifiers: getter is null ? null : string.Join(" ", getter.Modifiers.Select(m => m.Text)),
                SetterKeyword: setter?.Keyword.Text,
                SetterModifiers: setter is null ? "" : string.Join(" ", setter.Modifiers.Select(m => m.Text))));
        }
        if (properties.Count == 0) return null;

        var containing = new List<ContainingTypeSpec>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, new ContainingTypeSpec(WithTypeParameters(outer), Declarations.Keyword(outer)));
        }
        var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        var hint = string.Join(".", new[] { ns }.Where(n => n.Length > 0).Concat(containing.Select(c => Plain(c.Name))).Append(Plain(WithTypeParameters(type))));
        return new PartialStubsSpec(ns, containing.ToEquatableArray(), WithTypeParameters(type), Declarations.Keyword(type),
            hint + ".Partials.g.cs", properties.ToEquatableArray());
    }

    private static string WithTypeParameters(INamedTypeSymbol type) =>
        type.Arity == 0 ? type.Name : type.Name + "<" + string.Join(", ", type.TypeParameters.Select(t => t.Name)) + ">";

    // Hint names allow no angle brackets: Broken<T> is Broken-1.
    private static string Plain(string name)
    {
        var open = name.IndexOf('<');
        return open < 0 ? name : name.Substring(0, open) + "-" + (name.Count(c => c == ',') + 1);
    }
}
