namespace DataPlatform.Contracts.Generator.Model;

/// <summary>One member of a model (declared or inherited), in wire order.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="WireName">The key it is written under.</param>
/// <param name="InputKeys">Keys it is read from, best first: aliases, the wire name, the Python name.</param>
/// <param name="Role">What it is on the wire.</param>
/// <param name="Group">The secret group (secret and pointer members).</param>
/// <param name="Kind">The value shape.</param>
/// <param name="IsNullable">Whether null is a valid value.</param>
/// <param name="TypeName">The declared type, fully qualified, with its nullable annotation.</param>
/// <param name="ElementTypeName">For models and model lists, the model type (fully qualified).</param>
/// <param name="EnumValues">For enums: C# member name and wire name pairs.</param>
/// <param name="Default">Where the initial value comes from.</param>
/// <param name="DefaultExpression">C# expression of the initial value (constant or factory call).</param>
/// <param name="Literal">The only accepted value (<c>[WireLiteral]</c>), or null.</param>
/// <param name="KeepOnUpdate">Whether <c>Update</c> skips it.</param>
/// <param name="AliasOf">For an alias-record member, the index of the aliased member; else -1.</param>
/// <param name="DeclaredHere">Whether the generated type declares it (else it is inherited).</param>
/// <param name="Implementation">How the generated part implements it; null when the user did or a base type does.</param>
internal sealed record MemberSpec(
    string Name,
    string WireName,
    EquatableArray<string> InputKeys,
    MemberRole Role,
    string? Group,
    ValueKind Kind,
    bool IsNullable,
    string TypeName,
    string? ElementTypeName,
    EquatableArray<EnumValueSpec> EnumValues,
    DefaultKind Default,
    string? DefaultExpression,
    string? Literal,
    bool KeepOnUpdate,
    int AliasOf,
    bool DeclaredHere,
    PropertyImplementation? Implementation)
{
    /// <summary>How many of <see cref="InputKeys"/> are aliases (tried before the wire name).</summary>
    public int AliasCount { get; init; }

    /// <summary>Whether the member takes part in databag / JSON serialization.</summary>
    public bool IsWritten => Role is MemberRole.Plain or MemberRole.Pointer;

    /// <summary>Whether the generated part of this type tracks when it is set.</summary>
    public bool IsTrackedHere => Implementation is not null;

    /// <summary>Whether the member's value can be null, so null means "absent" in compact dumps.</summary>
    public bool CanBeNull => IsNullable;
}

/// <summary>An enum member and the string it is written as.</summary>
internal sealed record EnumValueSpec(string Name, string WireName);

/// <summary>
/// How to implement a partial property declared by the user (or a pointer the generator adds):
/// accessibility and accessors must repeat the declaration exactly.
/// </summary>
/// <param name="Modifiers">Property modifiers as declared, e.g. <c>public</c> or <c>public virtual</c>.</param>
/// <param name="GetterModifiers">Accessibility written on the getter, or "".</param>
/// <param name="SetterKeyword"><c>set</c> or <c>init</c>.</param>
/// <param name="SetterModifiers">Accessibility written on the setter, or "".</param>
/// <param name="IsDeclaredByGenerator">True for a pointer the generator adds because the user declared none.</param>
internal sealed record PropertyImplementation(
    string Modifiers,
    string GetterModifiers,
    string SetterKeyword,
    string SetterModifiers,
    bool IsDeclaredByGenerator);
