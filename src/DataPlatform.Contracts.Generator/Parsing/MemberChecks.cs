using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// The member-level rules of <see cref="Rule"/> (docs/diagnostics/DPC0002.md, DPC0004.md,
/// DPC0005.md, DPC0007.md, DPC0009.md, DPC0010.md), checked in one order so that a member whose
/// type or key is unusable gets one reason, not a cascade.
/// </summary>
internal static class MemberChecks
{
    /// <summary>
    /// Adds the member's reasons; returns false when its type or key is unusable, so it gets no
    /// spec and no further reason (duplicate keys, warnings).
    /// </summary>
    public static bool Check(MemberCandidate member, IReadOnlyList<MemberCandidate> all, ReasonCollector reasons, out TypeShape shape)
    {
        var property = member.Property;
        var attributes = member.Attributes;
        var name = member.Name;
        shape = default;
        if (TypeShape.ContainsError(property.Type))
        {
            reasons.Reject(); // the compiler reports the type
            return false;
        }
        if (attributes.HasErrors) reasons.Add(Rule.AttributeDoesNotBind, name, null);
        var classified = TypeShape.TryClassify(property.Type, out shape);

        var secrets = attributes.SecretAttributes;
        if (secrets.Count > 1) reasons.Add(Rule.MultipleSecretGroups, name, member.AttributeLocation(secrets[1]), secrets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var attribute in secrets)
        {
            if (attribute.AttributeClass?.ToDisplayString() != KnownNames.SecretGroupAttribute || attribute.ConstructorArguments.Length != 1) continue;
            var group = attribute.ConstructorArguments[0].Value as string;
            if (!ModelRules.IsValidGroupName(group)) reasons.Add(Rule.InvalidGroupName, name, member.AttributeLocation(attribute), group ?? "");
        }
        if (secrets.Count > 0 && !(classified && shape.IsNullable && shape.Kind is ValueKind.String or ValueKind.Boolean))
        {
            reasons.Add(Rule.SecretType, name, member.TypeLocation, property.Type.ToDisplayString());
            return false;
        }
        if (!classified)
        {
            reasons.Add(Rule.UnsupportedType, name, member.TypeLocation, property.Type.ToDisplayString());
            return false;
        }

        if (attributes.PointerGroup is { } pointerGroup)
        {
            if (!ModelRules.IsValidGroupName(pointerGroup)) reasons.Add(Rule.InvalidPointerGroup, name, member.AttributeLocation(attributes.PointerAttribute), pointerGroup);
            else if (shape.Kind != ValueKind.String || !shape.IsNullable) reasons.Add(Rule.PointerType, name, member.TypeLocation);
        }
        if (!ModelRules.IsValidWireName(member.Key))
        {
            reasons.Add(Rule.InvalidWireName, name, member.IdentifierLocation);
            return false;
        }
        // Counted only near the bound, as the exact count needs the keys made unique.
        if (attributes.Aliases.Count + 2 > ModelRules.MaxInputKeys)
        {
            var keys = MemberSpecs.InputKeys(attributes, member.Key, out _).Count;
            if (keys > ModelRules.MaxInputKeys)
            {
                reasons.Add(Rule.TooManyInputKeys, name, member.AttributeLocation(attributes.AliasesAttribute), keys.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return false;
            }
        }
        if (attributes.AliasUsedFor is { } target)
        {
            if (shape.Kind != ValueKind.String || shape.IsNullable) reasons.Add(Rule.AliasRecordType, name, member.TypeLocation);
            else if (!all.Any(m => m.Name == target && m.Attributes.Aliases.Count > 0)) reasons.Add(Rule.AliasTargetMissing, name, member.IdentifierLocation, target);
        }
        return true;
    }

    /// <summary>The warnings on a member the generator accepts (DPC0007, DPC0010); only plain property declarations get them.</summary>
    public static void Warn(MemberCandidate member, ReasonCollector reasons)
    {
        if (!member.Own || member.PropertySyntax is not { } syntax) return;
        var property = member.Property;
        var attributes = member.Attributes;
        var location = syntax.Identifier.GetLocation();

        // A [WireLiteral] member on a contract key is the contract's key by intent.
        if (Array.IndexOf(ModelRules.ReservedKeys, member.Key) >= 0 && attributes.Literal is null)
        {
            reasons.Add(Rule.ReservedWireKey, member.Name, location, member.Key);
        }

        // A plain auto-property without a default is required on the wire.
        if (!property.IsPartialDefinition && !property.IsRequired && property.Type.IsReferenceType
            && property.Type.NullableAnnotation != NullableAnnotation.Annotated
            && attributes.SecretAttributes.Count == 0 && attributes.PointerGroup is null
            && attributes.Default is null && attributes.DefaultFactory is null
            && syntax.Initializer is null && syntax.ExpressionBody is null && syntax.AccessorList is { } accessors
            && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null))
        {
            var canBeNullable = property.Type.NullableAnnotation == NullableAnnotation.NotAnnotated;
            reasons.Add(Rule.RequiredWithoutDefault, member.Name, location, member.Key, canBeNullable ? "true" : "false");
        }
    }
}
