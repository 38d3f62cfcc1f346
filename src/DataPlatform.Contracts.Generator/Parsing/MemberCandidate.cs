using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// A serialized property of the model or of a base (<see cref="MemberRules.IsCandidate"/>, not
/// <c>[NotSerialized]</c>), with its attributes and wire key read once for every rule.
/// </summary>
internal sealed class MemberCandidate
{
    private readonly Location _typeLocation;
    private SyntaxNode? _syntax;
    private bool _syntaxRead;

    public MemberCandidate(IPropertySymbol property, bool own, Location typeLocation)
    {
        Property = property;
        Attributes = MemberAttributes.Read(property);
        Key = Attributes.WireName ?? WireNames.ToKebabCase(property.Name);
        Own = own;
        _typeLocation = typeLocation;
    }

    public IPropertySymbol Property { get; }
    public MemberAttributes Attributes { get; }
    public string Key { get; }
    public string Name => Property.Name;

    /// <summary>Declared by the parsed type itself (not a base), so its reasons are reported where it is.</summary>
    public bool Own { get; }

    /// <summary>The property declaration, when it is one (not a record's positional parameter).</summary>
    public PropertyDeclarationSyntax? PropertySyntax => Syntax as PropertyDeclarationSyntax;

    /// <summary>The member's name in source, else the type's.</summary>
    public Location IdentifierLocation => Syntax switch
    {
        PropertyDeclarationSyntax property => property.Identifier.GetLocation(),
        ParameterSyntax parameter => parameter.Identifier.GetLocation(),
        _ => _typeLocation,
    };

    /// <summary>The member's declared type in source, else the type's name.</summary>
    public Location TypeLocation => Syntax switch
    {
        PropertyDeclarationSyntax property => property.Type.GetLocation(),
        ParameterSyntax { Type: { } type } => type.GetLocation(),
        _ => _typeLocation,
    };

    /// <summary>An attribute of the member, else the member's name.</summary>
    public Location AttributeLocation(AttributeData? attribute) =>
        attribute?.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? IdentifierLocation;

    // Only an own member's declaration is read: a base's reasons carry no location.
    private SyntaxNode? Syntax
    {
        get
        {
            if (!_syntaxRead && Own)
            {
                _syntax = Property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).FirstOrDefault(s => s is PropertyDeclarationSyntax or ParameterSyntax);
                _syntaxRead = true;
            }
            return _syntax;
        }
    }
}
