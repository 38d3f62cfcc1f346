using System.Collections.Immutable;
using DataPlatform.Contracts.Testing.State;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// Changes to secrets made from outside any hook, the way a test plays back one side of a relation
/// from a recording (the conformance suite plays Python charms this way).
/// </summary>
public sealed partial class InMemoryJuju
{
    /// <summary>
    /// Adds a secret owned by <paramref name="ownerApp"/> at revision 1, labelled
    /// <paramref name="label"/>, and granted on the relations of <paramref name="grants"/>
    /// (relation id to the application granted); returns its id. Runs no hook.
    /// </summary>
    public string AddSecret(string ownerApp, string? label, IReadOnlyDictionary<string, string> content, IReadOnlyDictionary<int, string>? grants = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!State.Apps.ContainsKey(ownerApp)) throw new ArgumentException($"{ownerApp} is not deployed", nameof(ownerApp));
        var id = SecretIds.Format(State.NextSecretNumber);
        var secret = SecretRecord.Create(id, ownerApp, null, label, Bag.Of(content));
        foreach (var (relationId, app) in grants ?? new Dictionary<int, string>()) secret = secret with { Grants = secret.Grants.SetItem(relationId, app) };
        State = State.With(secret) with { NextSecretNumber = State.NextSecretNumber + 1 };
        return id;
    }

    /// <summary>Writes a new revision of secret <paramref name="id"/> (none when the content is the same). Runs no hook.</summary>
    public void SetSecretContent(string id, IReadOnlyDictionary<string, string> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var secret = State.Secrets.GetValueOrDefault(SecretIds.Canonical(id)) ?? throw new ArgumentException($"no secret {id}", nameof(id));
        if (Bag.SameAs(secret.LatestContent, content)) return;
        State = State.With(secret.WithRevision(Bag.Of(content)));
    }

    /// <summary>
    /// Stores secret <paramref name="id"/> as another model (or a recording) holds it: owner,
    /// owner label, the revisions by number and the grants (relation id to the application
    /// granted). What this model's units know of it, their consumer labels and tracked revisions, is
    /// kept. Runs no hook. The conformance bridge mirrors a side's secrets into the other's model so.
    /// </summary>
    public void PutSecret(
        string id,
        string ownerApp,
        string? ownerLabel,
        IReadOnlyDictionary<int, IReadOnlyDictionary<string, string>> revisions,
        IReadOnlyDictionary<int, string> grants)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        ArgumentNullException.ThrowIfNull(grants);
        if (revisions.Count == 0) throw new ArgumentException("a secret has at least one revision", nameof(revisions));
        if (!State.Apps.ContainsKey(ownerApp)) throw new ArgumentException($"{ownerApp} is not deployed", nameof(ownerApp));
        var key = SecretIds.Canonical(id);
        var known = State.Secrets.GetValueOrDefault(key);
        var secret = SecretRecord.Create(key, ownerApp, null, ownerLabel, Bag.Empty) with
        {
            Revisions = ImmutableSortedDictionary.CreateRange(revisions.Select(r => KeyValuePair.Create(r.Key, Bag.Of(r.Value)))),
            Grants = ImmutableSortedDictionary.CreateRange(grants),
            LastRevision = Math.Max(revisions.Keys.Max(), known?.LastRevision ?? 0),
        };
        if (known is not null) secret = secret with { ConsumerLabels = known.ConsumerLabels, Tracked = known.Tracked };
        State = State.With(secret);
    }

    /// <summary>Removes secret <paramref name="id"/> with every revision. Runs no hook.</summary>
    public void RemoveSecret(string id)
    {
        var key = SecretIds.Canonical(id);
        if (!State.Secrets.ContainsKey(key)) throw new ArgumentException($"no secret {id}", nameof(id));
        State = State with { Secrets = State.Secrets.Remove(key) };
    }
}
