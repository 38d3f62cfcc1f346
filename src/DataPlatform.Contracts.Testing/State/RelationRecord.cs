using System.Collections.Immutable;

namespace DataPlatform.Contracts.Testing.State;

/// <summary>
/// One relation as the controller stores it: the two ends (the same application twice for a peer
/// relation) and the committed databag of every member, keyed by application or unit name.
/// </summary>
internal sealed record RelationRecord(
    int Id,
    string AppA,
    string EndpointA,
    string AppB,
    string EndpointB,
    bool IsPeer,
    ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> Bags)
{
    /// <summary>Whether <paramref name="app"/> is one of the ends.</summary>
    public bool Involves(string app) => AppA == app || AppB == app;

    /// <summary>The endpoint of <paramref name="app"/>'s end.</summary>
    public string EndpointOf(string app) => AppA == app ? EndpointA : EndpointB;

    /// <summary>The application at the other end (the same one for a peer relation).</summary>
    public string OtherApp(string app) => AppA == app ? AppB : AppA;

    /// <summary>The databag of <paramref name="member"/>; empty when never written.</summary>
    public ImmutableSortedDictionary<string, string> BagOf(string member) =>
        Bags.TryGetValue(member, out var bag) ? bag : Bag.Empty;

    /// <summary>This relation with <paramref name="member"/>'s databag replaced.</summary>
    public RelationRecord WithBag(string member, ImmutableSortedDictionary<string, string> bag) =>
        this with { Bags = bag.Count == 0 ? Bags.Remove(member) : Bags.SetItem(member, bag) };
}
