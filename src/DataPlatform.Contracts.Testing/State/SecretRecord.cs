using System.Collections.Immutable;

namespace DataPlatform.Contracts.Testing.State;

/// <summary>
/// One secret as the controller stores it: owner, revisions, the owner's label, each observing
/// unit's consumer label and tracked revision, and the grants (relation id → remote application).
/// <c>LastRevision</c> is the highest revision ever written: revision numbers are never reused,
/// even after the newest revision was removed.
/// </summary>
internal sealed record SecretRecord(
    string Id,
    string OwnerApp,
    string? OwnerUnit,
    string? OwnerLabel,
    ImmutableSortedDictionary<int, ImmutableSortedDictionary<string, string>> Revisions,
    ImmutableSortedDictionary<string, string> ConsumerLabels,
    ImmutableSortedDictionary<string, int> Tracked,
    ImmutableSortedDictionary<int, string> Grants,
    int LastRevision)
{
    /// <summary>The newest revision.</summary>
    public int LatestRevision => Revisions.Keys.Last();

    /// <summary>The content of the newest revision.</summary>
    public ImmutableSortedDictionary<string, string> LatestContent => Revisions[LatestRevision];

    /// <summary>This secret with a new revision holding <paramref name="content"/>.</summary>
    public SecretRecord WithRevision(ImmutableSortedDictionary<string, string> content) =>
        this with { Revisions = Revisions.Add(LastRevision + 1, content), LastRevision = LastRevision + 1 };

    /// <summary>Whether <paramref name="unit"/> of <paramref name="app"/> is (one of) its owners.</summary>
    public bool IsOwnedBy(string unit, string app) => OwnerUnit is null ? OwnerApp == app : OwnerUnit == unit;

    /// <summary>Whether <paramref name="app"/> was granted access on some relation.</summary>
    public bool IsGrantedTo(string app) => Grants.Values.Contains(app, StringComparer.Ordinal);

    /// <summary>A new secret at revision 1.</summary>
    public static SecretRecord Create(string id, string ownerApp, string? ownerUnit, string? label, ImmutableSortedDictionary<string, string> content) =>
        new(id, ownerApp, ownerUnit, label,
            ImmutableSortedDictionary<int, ImmutableSortedDictionary<string, string>>.Empty.Add(1, content),
            Bag.Empty,
            ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal),
            ImmutableSortedDictionary<int, string>.Empty,
            1);
}
