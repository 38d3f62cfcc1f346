namespace DataPlatform.Contracts.Generator.Model;

/// <summary>
/// Everything the emitter needs for one <c>[RelationModel]</c> type. Value-equal (strings, enums
/// and <see cref="EquatableArray{T}"/> only): it holds no symbol, syntax node or location, so the
/// incremental pipeline can cache it across edits.
/// </summary>
internal sealed record ModelSpec(
    string Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string Name,
    string DeclarationKeyword,
    bool IsSealed,
    string? BaseTypeName,
    bool KeepsUnknownKeys,
    EquatableArray<MemberSpec> Members,
    EquatableArray<SecretGroupSpec> SecretGroups)
{
    /// <summary>The file name of the generated source: namespace, containing types and name.</summary>
    public string HintName
    {
        get
        {
            var parts = new List<string>();
            if (Namespace.Length > 0) parts.Add(Namespace);
            foreach (var type in ContainingTypes) parts.Add(type.Name);
            parts.Add(Name);
            return string.Join(".", parts) + ".g.cs";
        }
    }

    /// <summary>Whether the model has no <c>[RelationModel]</c> base, so it holds the state and implements the interfaces.</summary>
    public bool IsRoot => BaseTypeName is null;

    /// <summary>How many members come from base models: the index of the first member declared here.</summary>
    public int Offset => Members.Count(m => !m.DeclaredHere);

    /// <summary>The C# name as users read it, e.g. <c>Outer.Inner</c>.</summary>
    public string DisplayName
    {
        get
        {
            var parts = new List<string>();
            foreach (var type in ContainingTypes) parts.Add(type.Name);
            parts.Add(Name);
            return string.Join(".", parts);
        }
    }
}

/// <summary>A type that contains the model, re-declared around the generated part.</summary>
internal sealed record ContainingTypeSpec(string Name, string DeclarationKeyword);

/// <summary>A secret group: its members (by index into the model's members) and its pointer.</summary>
/// <param name="Group">The group name.</param>
/// <param name="MemberIndexes">Indexes of the group's secret members, in declaration order.</param>
/// <param name="PointerIndex">Index of the pointer member, or -1 when the model keeps none (peers).</param>
internal sealed record SecretGroupSpec(string Group, EquatableArray<int> MemberIndexes, int PointerIndex);
