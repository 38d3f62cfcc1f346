namespace DataPlatform.Contracts.Generator.Model;

/// <summary>
/// Every rule the parser checks on a <c>[RelationModel]</c> type. Each <see cref="Reason"/> names
/// one; the declaration analyzer maps each value to its descriptor and message (an unmapped value
/// fails the analyzers' build), so no rule can be silent. The generator only needs to know that a
/// rule other than a warning rejects the type (<see cref="Rules.Rejects"/>). The arguments each rule
/// carries are listed with it; the member is the property's name, or "" for the type itself.
/// </summary>
internal enum Rule
{
    /// <summary>A declaration of the model or of a type containing it lacks <c>partial</c>. Arguments: the type, the model's display name.</summary>
    NotPartial,
    /// <summary>The model is a struct, interface or record struct.</summary>
    NotAClass,
    /// <summary>The model is static.</summary>
    Static,
    /// <summary>The model is abstract.</summary>
    Abstract,
    /// <summary>The model is generic.</summary>
    Generic,
    /// <summary>The model is file-local.</summary>
    FileLocal,
    /// <summary>The model has no non-private parameterless constructor.</summary>
    NoParameterlessConstructor,
    /// <summary>A type containing the model is generic. Argument: that type.</summary>
    ContainingTypeGeneric,
    /// <summary>A base relation model cannot be generated (its own parse says why). Argument: the base.</summary>
    BaseNotGeneratable,
    /// <summary>A known attribute whose arguments do not bind (the compiler reports the attribute itself).</summary>
    AttributeDoesNotBind,
    /// <summary>Two or more secret group attributes on one member. Argument: how many.</summary>
    MultipleSecretGroups,
    /// <summary>A <c>[SecretGroup]</c> name that cannot make a label and a key. Argument: the name.</summary>
    InvalidGroupName,
    /// <summary>A secret member that is not <c>string?</c> or <c>bool?</c>. Argument: the member's type.</summary>
    SecretType,
    /// <summary>A member type the wire format cannot carry. Argument: the member's type.</summary>
    UnsupportedType,
    /// <summary>A <c>[SecretPointer]</c> group name that is not valid. Argument: the name.</summary>
    InvalidPointerGroup,
    /// <summary>A <c>[SecretPointer]</c> member that is not <c>string?</c>.</summary>
    PointerType,
    /// <summary>An empty wire name or one with control characters.</summary>
    InvalidWireName,
    /// <summary>An <c>[AliasUsedFor]</c> member that is not a non-nullable <c>string</c>.</summary>
    AliasRecordType,
    /// <summary>An <c>[AliasUsedFor]</c> target that is not a member with <c>[InputAliases]</c>. Argument: the target.</summary>
    AliasTargetMissing,
    /// <summary>A member read from more keys than <c>ModelRules.MaxInputKeys</c>. Argument: how many.</summary>
    TooManyInputKeys,
    /// <summary>A member's wire key is an earlier member's. Arguments: the key, the earlier member as <c>Type.Member</c>.</summary>
    DuplicateWireKey,
    /// <summary>A member's wire key is the <c>secret-&lt;group&gt;</c> pointer key the generator adds. Arguments: the key, the group.</summary>
    PointerKeyTaken,
    /// <summary>The pointer key the generator adds for a group of the model is an inherited member's key. Argument: the key.</summary>
    InheritedKeyTakenByPointer,
    /// <summary>The pointer property the generator must declare is already a member's name. Arguments: the group, the property.</summary>
    PointerNameTaken,
    /// <summary>A <c>[WireDefault]</c> value the generator cannot write as a C# constant.</summary>
    UnusableDefault,
    /// <summary>Warning: a member's key is one the contract itself uses. Argument: the key.</summary>
    ReservedWireKey,
    /// <summary>Warning: a non-nullable member without a default is required on the wire. Arguments: the key, "true" when making it nullable fixes it.</summary>
    RequiredWithoutDefault,
}

/// <summary>What a <see cref="Rule"/> means for the generator.</summary>
internal static class Rules
{
    /// <summary>Whether a reason of this rule means the type gets no model part; warnings do not.</summary>
    public static bool Rejects(this Rule rule) => rule is not (Rule.ReservedWireKey or Rule.RequiredWithoutDefault);
}
