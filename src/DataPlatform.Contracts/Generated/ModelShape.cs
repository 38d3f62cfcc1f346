using System.ComponentModel;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// The metadata of one level of a generated model: its own members after its base's, and what
/// the runtime derives from them once per type (key tables, secret groups). Generated code
/// declares one per type; <see cref="ModelMachinery"/> does the reading and writing with it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ModelShape
{
    private readonly Dictionary<string, ModelMember> _byWireKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shadowKeys = new(StringComparer.Ordinal);

    /// <summary>The shape of a model named <paramref name="name"/> (as users read it, e.g. <c>Outer.Inner</c>).</summary>
    /// <typeparam name="TMembers">The level's generated switches, which answer for its own members and hand its base's to its base's.</typeparam>
    /// <typeparam name="TModel">The level's model type.</typeparam>
    /// <param name="name">The model's name in issues and <c>ToString</c>.</param>
    /// <param name="baseShape">The shape of the base model, or null for a root.</param>
    /// <param name="offset">The number of members the generator saw on the base: a check that both were generated together.</param>
    /// <param name="keepsUnknownKeys">False for <c>[RelationModel(IgnoreUnknownKeys = true)]</c>.</param>
    /// <param name="members">The members this level declares, in wire order.</param>
    /// <exception cref="InvalidOperationException">The base changed after this type was generated.</exception>
    public static ModelShape Of<TMembers, TModel>(string name, ModelShape? baseShape, int offset, bool keepsUnknownKeys, ModelMember[] members)
        where TMembers : struct, IMemberSwitch<TModel>
        where TModel : class, IGeneratedModel =>
        new(name, baseShape, offset, keepsUnknownKeys, members, new ShapeSwitches<TMembers, TModel>());

    private ModelShape(string name, ModelShape? baseShape, int offset, bool keepsUnknownKeys, ModelMember[] members, ShapeSwitches switches)
    {
        ArgumentNullException.ThrowIfNull(members);
        var inherited = baseShape?.Members ?? [];
        if (inherited.Count != offset)
        {
            throw new InvalidOperationException($"{name} was generated against a base with {offset} members, but its base has {inherited.Count}: rebuild it against this version of its base.");
        }
        Name = name;
        Switches = switches;
        Offset = offset;
        KeepsUnknownKeys = keepsUnknownKeys;
        var all = new List<ModelMember>(inherited);
        foreach (var member in members)
        {
            member.Index = all.Count;
            all.Add(member);
        }
        All = all.ToArray();
        Members = All;
        Written = all.Where(m => m.IsWritten).ToArray();
        // What a read and a validation look at, so that neither walks members without rules.
        CheckedOnRead = all.Where(m => m.Has(MemberFlags.Required) || m.Has(MemberFlags.AliasRecord)).ToArray();
        CheckedHere = members.Where(m => m.Has(MemberFlags.Required) || m.Has(MemberFlags.Pointer) || m.Literal is not null).ToArray();
        WireKeys = all.Where(m => !m.Has(MemberFlags.AliasRecord)).Select(m => m.WireName).ToArray();
        foreach (var member in all)
        {
            if (!member.Has(MemberFlags.AliasRecord)) _byWireKey.TryAdd(member.WireName, member);
            if (member.IsWritten && member.AliasCount > 0) _shadowKeys.Add(member.WireName);
        }
        Keys = new InputKeyTable(all);
        Groups = all.Where(m => m.Has(MemberFlags.Secret)).Select(m => m.Group!).Distinct()
            .Select(group => new SecretGroupShape(
                group,
                all.Where(m => m.Has(MemberFlags.Secret) && m.Group == group).ToArray(),
                all.FirstOrDefault(m => m.Has(MemberFlags.Pointer) && m.Group == group)))
            .ToArray();
    }

    /// <summary>The model's name as users read it.</summary>
    public string Name { get; }

    /// <summary>Index of this level's first own member.</summary>
    public int Offset { get; }

    /// <summary>Whether keys the model does not declare are kept.</summary>
    public bool KeepsUnknownKeys { get; }

    /// <summary>Every member, base members first.</summary>
    public IReadOnlyList<ModelMember> Members { get; }

    /// <summary>The wire names of the members (alias records left out), in order.</summary>
    public IReadOnlyList<string> WireKeys { get; }

    /// <summary>Every member, base members first, as an array for the read and write loops.</summary>
    internal ModelMember[] All { get; }

    internal ModelMember[] Written { get; }

    /// <summary>Members a read must account for when it ends: required ones and alias records.</summary>
    internal ModelMember[] CheckedOnRead { get; }

    /// <summary>This level's members with a rule: required, pointer or literal.</summary>
    internal ModelMember[] CheckedHere { get; }

    internal InputKeyTable Keys { get; }

    /// <summary>The read loop and switches specialised for this model type.</summary>
    internal ShapeSwitches Switches { get; }

    internal SecretGroupShape[] Groups { get; }

    /// <summary>The member written under <paramref name="wireKey"/>, or null.</summary>
    internal ModelMember? ByWireKey(string wireKey) => _byWireKey.TryGetValue(wireKey, out var member) ? member : null;

    /// <summary>Whether an unknown key of this name is written in a member's place (the member was read through an alias).</summary>
    internal bool IsShadowKey(string key) => _shadowKeys.Count > 0 && _shadowKeys.Contains(key);
}
