using System.Collections.Immutable;

namespace DataPlatform.Contracts.Testing.State;

/// <summary>
/// The whole committed model as one immutable value: applications, relations, secrets and the id
/// counters. A hook works on a copy and the copy replaces the committed state only when the hook
/// succeeds, so a failed hook leaves nothing behind (not even a consumed id).
/// </summary>
internal sealed record ModelState(
    ImmutableSortedDictionary<string, AppRecord> Apps,
    ImmutableSortedDictionary<int, RelationRecord> Relations,
    ImmutableSortedDictionary<string, SecretRecord> Secrets,
    int NextRelationId,
    int NextSecretNumber)
{
    /// <summary>A model with nothing deployed.</summary>
    public static ModelState Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, AppRecord>(StringComparer.Ordinal),
        ImmutableSortedDictionary<int, RelationRecord>.Empty,
        ImmutableSortedDictionary.Create<string, SecretRecord>(StringComparer.Ordinal),
        0,
        1);

    /// <summary>The application of <paramref name="unitName"/>, or null when there is no such unit.</summary>
    public AppRecord? AppOfUnit(string unitName)
    {
        var slash = unitName.IndexOf('/');
        if (slash <= 0) return null;
        return Apps.TryGetValue(unitName[..slash], out var app) && app.Units.Contains(unitName) ? app : null;
    }

    /// <summary>The status history of every unit and application that set one, oldest first (keyed by unit or application name).</summary>
    public ImmutableSortedDictionary<string, ImmutableList<StatusView>> Statuses { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableList<StatusView>>(StringComparer.Ordinal);

    /// <summary>This state with <paramref name="status"/> appended to the history of <paramref name="unitOrApp"/>.</summary>
    public ModelState WithStatus(string unitOrApp, StatusView status) =>
        this with { Statuses = Statuses.SetItem(unitOrApp, Statuses.GetValueOrDefault(unitOrApp, ImmutableList<StatusView>.Empty).Add(status)) };

    /// <summary>This state with <paramref name="relation"/> stored.</summary>
    public ModelState With(RelationRecord relation) => this with { Relations = Relations.SetItem(relation.Id, relation) };

    /// <summary>This state with <paramref name="secret"/> stored.</summary>
    public ModelState With(SecretRecord secret) => this with { Secrets = Secrets.SetItem(secret.Id, secret) };
}
