namespace DataPlatform.Contracts;

/// <summary>
/// Overrides the member's wire name (by default the property name in kebab case:
/// <c>ReadOnlyEndpoints</c> is <c>read-only-endpoints</c>). On an enum field, names the string
/// the field is written as.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
public sealed class WireNameAttribute : Attribute
{
    /// <summary>Writes and reads the member under <paramref name="name"/>.</summary>
    public WireNameAttribute(string name) => Name = name;

    /// <summary>The wire name.</summary>
    public string Name { get; }
}

/// <summary>
/// Further input keys of a member, tried in the order given before the wire name itself; the first
/// key present wins and any other of them is kept as an unknown key. Output always uses the wire name.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class InputAliasesAttribute : Attribute
{
    /// <summary>Accepts the member under <paramref name="aliases"/> as well.</summary>
    public InputAliasesAttribute(params string[] aliases) => Aliases = aliases;

    /// <summary>The aliases, in the order they are tried.</summary>
    public string[] Aliases { get; }
}

/// <summary>
/// Receives the alias a member was read from (one of its <see cref="InputAliasesAttribute"/>
/// aliases), or <c>""</c> when it came under its own wire name or was absent. The member itself is
/// never written.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class AliasUsedForAttribute : Attribute
{
    /// <summary>Records the alias used for the member named <paramref name="member"/>.</summary>
    public AliasUsedForAttribute(string member) => Member = member;

    /// <summary>The C# name of the aliased member.</summary>
    public string Member { get; }
}

/// <summary>
/// The value a partial property starts with (which compact dumps leave out, as pydantic's
/// <c>exclude_defaults</c>). Without it a partial property starts null, <c>""</c>, false or 0.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class WireDefaultAttribute : Attribute
{
    /// <summary>Starts the member at <paramref name="value"/>.</summary>
    public WireDefaultAttribute(object? value) => Value = value;

    /// <summary>The default value.</summary>
    public object? Value { get; }
}

/// <summary>
/// Starts a partial property with the result of a static method of the model (called once per
/// instance, like pydantic's <c>default_factory</c>); compact dumps always keep such a member.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class WireDefaultFactoryAttribute : Attribute
{
    /// <summary>Starts the member at the result of the static method <paramref name="method"/>.</summary>
    public WireDefaultFactoryAttribute(string method) => Method = method;

    /// <summary>Name of a parameterless static method of the model returning the member's type.</summary>
    public string Method { get; }
}

/// <summary>
/// The only value the member accepts (as pydantic's <c>Literal["v1"]</c>); reading another value
/// is a <c>literal_error</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class WireLiteralAttribute : Attribute
{
    /// <summary>Accepts only <paramref name="value"/>.</summary>
    public WireLiteralAttribute(string value) => Value = value;

    /// <summary>The accepted value.</summary>
    public string Value { get; }
}

/// <summary>Marks a <c>string?</c> member as the pointer to a secret: its value must contain <c>secret:</c>.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class SecretPointerAttribute : Attribute
{
    /// <summary>The pointer of secret group <paramref name="group"/> (wire name <c>secret-&lt;group&gt;</c>).</summary>
    public SecretPointerAttribute(string group) => Group = group;

    /// <summary>The group whose secret URI the member holds.</summary>
    public string Group { get; }
}

/// <summary>Leaves the member out of every serialization; it lives only in memory.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class NotSerializedAttribute : Attribute
{
}

/// <summary><c>Update</c> never copies this member from another model (upstream: salt and request id).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class KeepOnUpdateAttribute : Attribute
{
}
