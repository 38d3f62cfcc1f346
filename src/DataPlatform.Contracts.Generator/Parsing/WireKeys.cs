using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Shared;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// The wire keys taken so far, in the order the generator writes them: each level's members, then
/// the <c>secret-&lt;group&gt;</c> pointers it adds for that level's groups. Two members never share
/// a key (docs/diagnostics/DPC0006.md): the later one is reported, or the member whose key an added
/// pointer needs.
/// </summary>
internal sealed class WireKeys
{
    private readonly Dictionary<string, Owner> _owners = new(StringComparer.Ordinal);

    /// <summary>Takes a member's key; <paramref name="check"/> is false for a member already rejected for its type or key.</summary>
    public void AddMember(MemberCandidate member, bool check, ReasonCollector reasons)
    {
        if (!_owners.TryGetValue(member.Key, out var owner))
        {
            _owners[member.Key] = new Owner(member, null, check);
            return;
        }
        if (!check) return;
        if (owner.Member is { } earlier)
        {
            reasons.Add(Rule.DuplicateWireKey, member.Name, member.IdentifierLocation, member.Key, earlier.Property.ContainingType.Name + "." + earlier.Name);
        }
        else
        {
            reasons.Add(Rule.PointerKeyTaken, member.Name, member.IdentifierLocation, member.Key, owner.Group!);
        }
    }

    /// <summary>Takes the key of a pointer the generator adds for <paramref name="group"/>; false when a member has it.</summary>
    public bool AddPointer(string group, ReasonCollector reasons)
    {
        var key = WireNames.PointerKey(group);
        if (!_owners.TryGetValue(key, out var owner))
        {
            _owners[key] = new Owner(null, group, true);
            return true;
        }
        // One pointer per group, so the owner is a member; one rejected for its type already has its reason.
        if (owner.Member is { } taken && owner.Checked)
        {
            if (taken.Own) reasons.Add(Rule.PointerKeyTaken, taken.Name, taken.IdentifierLocation, key, group);
            else reasons.Add(Rule.InheritedKeyTakenByPointer, "", null, key);
        }
        return false;
    }

    private readonly record struct Owner(MemberCandidate? Member, string? Group, bool Checked);
}
