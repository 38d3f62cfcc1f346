using DataPlatform.Contracts.Testing.State;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// What each receiving unit last saw of each databag and secret, so that the simulator delivers a
/// hook only when something changed since (Juju: "relation-changed only if the bag actually changed").
/// </summary>
internal sealed class DeliveredViews
{
    private readonly Dictionary<(int Relation, string Member, string Receiver), IReadOnlyDictionary<string, string>> _bags = new();
    private readonly Dictionary<(string Secret, string Receiver), int> _revisions = new();

    /// <summary>Whether <paramref name="receiver"/> has not yet seen <paramref name="bag"/> as <paramref name="member"/>'s databag.</summary>
    public bool IsNew(int relationId, string member, string receiver, IReadOnlyDictionary<string, string> bag) =>
        !Bag.SameAs(_bags.GetValueOrDefault((relationId, member, receiver)) ?? Bag.Empty, bag);

    /// <summary>Records that <paramref name="receiver"/> saw <paramref name="bag"/>.</summary>
    public void Saw(int relationId, string member, string receiver, IReadOnlyDictionary<string, string> bag) =>
        _bags[(relationId, member, receiver)] = bag;

    /// <summary>The newest revision of <paramref name="secretId"/> that <paramref name="receiver"/> was told about.</summary>
    public int NotifiedRevision(string secretId, string receiver) => _revisions.GetValueOrDefault((secretId, receiver));

    /// <summary>Records that <paramref name="receiver"/> was told about <paramref name="revision"/>.</summary>
    public void Notified(string secretId, string receiver, int revision) => _revisions[(secretId, receiver)] = revision;

    /// <summary>Forgets everything about relation <paramref name="relationId"/>.</summary>
    public void Forget(int relationId)
    {
        foreach (var key in _bags.Keys.Where(k => k.Relation == relationId).ToArray()) _bags.Remove(key);
    }
}
