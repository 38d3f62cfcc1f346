using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>The member-level attributes of one property, read once.</summary>
internal sealed class MemberAttributes
{
    public string? Group { get; private set; }
    public int GroupAttributeCount { get; private set; }
    public string? WireName { get; private set; }
    public IReadOnlyList<string> Aliases { get; private set; } = Array.Empty<string>();
    public string? AliasUsedFor { get; private set; }
    public TypedConstant? Default { get; private set; }
    public string? DefaultFactory { get; private set; }
    public string? Literal { get; private set; }
    public string? PointerGroup { get; private set; }
    public bool NotSerialized { get; private set; }
    public bool KeepOnUpdate { get; private set; }

    /// <summary>Every secret group attribute, also those whose arguments do not bind (DPC0005 counts them).</summary>
    public IReadOnlyList<AttributeData> SecretAttributes => _secretAttributes;

    /// <summary>The <c>[InputAliases]</c> attribute, for its location.</summary>
    public AttributeData? AliasesAttribute { get; private set; }

    /// <summary>The <c>[SecretPointer]</c> attribute, for its location.</summary>
    public AttributeData? PointerAttribute { get; private set; }

    private readonly List<AttributeData> _secretAttributes = new();

    /// <summary>A known attribute whose arguments do not bind (half-typed code): the model is skipped.</summary>
    public bool HasErrors { get; private set; }

    public static MemberAttributes Read(ISymbol symbol)
    {
        var result = new MemberAttributes();
        foreach (var attribute in symbol.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            if (name is null) continue;
            if (KnownNames.IsSecretGroupAttribute(name)) result._secretAttributes.Add(attribute);
            var known = KnownNames.GroupShorthands.ContainsKey(name) || name.StartsWith(KnownNames.Namespace + ".", StringComparison.Ordinal);
            if (known && attribute.AttributeConstructor is null)
            {
                result.HasErrors = true;
                continue;
            }
            var first = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0] : default;
            if (KnownNames.GroupShorthands.TryGetValue(name, out var shorthand))
            {
                result.Group ??= shorthand;
                result.GroupAttributeCount++;
                continue;
            }
            switch (name)
            {
                case KnownNames.SecretGroupAttribute:
                    result.Group ??= first.Value as string ?? "";
                    result.GroupAttributeCount++;
                    break;
                case KnownNames.WireNameAttribute: result.WireName = first.Value as string; break;
                case KnownNames.InputAliasesAttribute:
                    result.Aliases = first.Kind == TypedConstantKind.Array
                        ? first.Values.Select(v => v.Value as string).Where(v => v is not null).Select(v => v!).ToArray()
                        : Array.Empty<string>();
                    result.AliasesAttribute = attribute;
                    break;
                case KnownNames.AliasUsedForAttribute: result.AliasUsedFor = first.Value as string; break;
                case KnownNames.WireDefaultAttribute: result.Default = first; break;
                case KnownNames.WireDefaultFactoryAttribute: result.DefaultFactory = first.Value as string; break;
                case KnownNames.WireLiteralAttribute: result.Literal = first.Value as string; break;
                case KnownNames.SecretPointerAttribute:
                    result.PointerGroup = first.Value as string;
                    result.PointerAttribute = attribute;
                    break;
                case KnownNames.NotSerializedAttribute: result.NotSerialized = true; break;
                case KnownNames.KeepOnUpdateAttribute: result.KeepOnUpdate = true; break;
            }
        }
        return result;
    }
}
