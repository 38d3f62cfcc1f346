using System.ComponentModel;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// One member of a generated model, as the runtime's <see cref="ModelMachinery"/> sees it: its
/// keys and rules. Generated code lists these in a <see cref="ModelShape"/> and keeps only what
/// varies per member (reading and writing the property) in small switches.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ModelMember
{
    /// <summary>A member written under <paramref name="wireName"/> and read from <paramref name="inputKeys"/> (default: the wire name).</summary>
    /// <param name="wireName">The key it is written under.</param>
    /// <param name="name">The C# property name, for issues.</param>
    /// <param name="kind">The value shape.</param>
    /// <param name="flags">Role and rules.</param>
    /// <param name="inputKeys">Keys it is read from, best first: aliases, the wire name, the Python name.</param>
    /// <param name="aliasCount">How many of <paramref name="inputKeys"/> are aliases.</param>
    public ModelMember(string wireName, string name, MemberKind kind, MemberFlags flags = MemberFlags.None, string[]? inputKeys = null, int aliasCount = 0)
    {
        WireName = wireName;
        Name = name;
        Kind = kind;
        Flags = flags;
        InputKeys = inputKeys ?? [wireName];
        AliasCount = aliasCount;
        QuotedName = PythonJson.Quote(wireName) + ": ";
    }

    /// <summary>The key it is written under.</summary>
    public string WireName { get; }

    /// <summary>The C# property name.</summary>
    public string Name { get; }

    /// <summary>The value shape.</summary>
    public MemberKind Kind { get; }

    /// <summary>Role and rules.</summary>
    public MemberFlags Flags { get; }

    /// <summary>Keys it is read from, best first.</summary>
    public IReadOnlyList<string> InputKeys { get; }

    /// <summary>How many of <see cref="InputKeys"/> are aliases, tried before the wire name.</summary>
    public int AliasCount { get; }

    /// <summary>The secret group of a secret or pointer member.</summary>
    public string? Group { get; init; }

    /// <summary>The only accepted value (<c>[WireLiteral]</c>), or null.</summary>
    public string? Literal { get; init; }

    /// <summary>For an alias record, the index of the member whose alias it records; else -1.</summary>
    public int AliasOf { get; init; } = -1;

    /// <summary>The member's position in its model's flat member list (base members first).</summary>
    public int Index { get; internal set; } = -1;

    /// <summary>The wire name as a JSON object key writes it, with its separator.</summary>
    internal string QuotedName { get; }

    /// <summary>Whether null is a valid value.</summary>
    public bool IsNullable => (Flags & MemberFlags.Nullable) != 0;

    internal bool Has(MemberFlags flag) => (Flags & flag) != 0;

    /// <summary>Whether it is a request-object or databag key (not a secret, not an alias record).</summary>
    internal bool IsWritten => (Flags & (MemberFlags.Secret | MemberFlags.AliasRecord)) == 0;
}
