using DataPlatform.Contracts.Testing.State;

namespace DataPlatform.Contracts.Testing;

/// <summary>Read-back helpers of <see cref="InMemoryJuju"/>: the committed model, for assertions.</summary>
public sealed partial class InMemoryJuju
{
    /// <summary>The application named <paramref name="name"/>.</summary>
    public AppHandle App(string name) =>
        State.Apps.TryGetValue(name, out var app) ? new AppHandle(this, app.Name, app.Units) : throw new ArgumentException($"{name} is not deployed", nameof(name));

    /// <summary>The leader of <paramref name="app"/>, or null.</summary>
    public string? LeaderOf(string app) => State.Apps.TryGetValue(app, out var record) ? record.Leader : null;

    /// <summary>The ids of every relation, ascending.</summary>
    public IReadOnlyList<int> RelationIds => State.Relations.Keys.ToArray();

    /// <summary>The ends of relation <paramref name="relationId"/>.</summary>
    public RelationView Relation(int relationId)
    {
        var r = RelationRecord(relationId);
        return new RelationView(r.Id, r.AppA, r.EndpointA, r.AppB, r.EndpointB, r.IsPeer);
    }

    /// <summary>The committed databag of <paramref name="appOrUnit"/> in relation <paramref name="relationId"/> (empty when never written).</summary>
    public IReadOnlyDictionary<string, string> Databag(int relationId, string appOrUnit) => RelationRecord(relationId).BagOf(appOrUnit);

    /// <summary>Every committed secret, in creation order.</summary>
    public IReadOnlyList<SecretView> Secrets => State.Secrets.Values.Select(View).ToArray();

    /// <summary>The committed secret <paramref name="id"/>.</summary>
    public SecretView Secret(string id) =>
        State.Secrets.TryGetValue(SecretIds.Canonical(id), out var secret) ? View(secret) : throw new KeyNotFoundException($"no secret {id}");

    /// <summary>The committed secret that <paramref name="owner"/> (an application or unit) labelled <paramref name="label"/>, or null.</summary>
    public SecretView? SecretByOwnerLabel(string owner, string label) =>
        State.Secrets.Values.Where(s => (s.OwnerUnit ?? s.OwnerApp) == owner && s.OwnerLabel == label).Select(View).FirstOrDefault();

    /// <summary>The committed secret that <paramref name="unit"/> knows by consumer label <paramref name="label"/>, or null.</summary>
    public SecretView? SecretByConsumerLabel(string unit, string label) =>
        State.Secrets.Values.Where(s => s.ConsumerLabels.GetValueOrDefault(unit) == label).Select(View).FirstOrDefault();

    /// <summary>Every line <paramref name="unitName"/> logged, failed hooks included.</summary>
    public IReadOnlyList<LogLine> Logs(string unitName) => _logs.TryGetValue(unitName, out var logs) ? logs.ToArray() : Array.Empty<LogLine>();

    internal RelationRecord RelationRecord(int relationId) =>
        State.Relations.TryGetValue(relationId, out var relation) ? relation : throw new KeyNotFoundException($"no relation {relationId}");

    private static SecretView View(SecretRecord s) => new(
        s.Id,
        s.OwnerApp,
        s.OwnerUnit,
        s.OwnerLabel,
        s.Revisions.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, string>)r.Value),
        s.ConsumerLabels,
        s.Tracked,
        s.Grants);
}
