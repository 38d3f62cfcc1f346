namespace DataPlatform.Contracts.Testing.State;

/// <summary>
/// One unit's secret labels during one hook: the owner labels of the secrets it owns and its own
/// consumer labels, each to the ids carrying it (lowest first, the order a scan of the model finds
/// them in). Built from the model on first use and kept up to date by the hook's own changes, so a
/// hook that touches N secrets costs N lookups, not N scans of every secret (docs/hook-cost.md).
/// </summary>
internal sealed class SecretLabelIndex
{
    private readonly string _unit;
    private readonly string _app;
    private Dictionary<string, SortedSet<string>>? _owned;
    private Dictionary<string, SortedSet<string>>? _consumed;

    public SecretLabelIndex(string unit, string app)
    {
        _unit = unit;
        _app = app;
    }

    /// <summary>The first secret this unit owns with owner label <paramref name="label"/>, or null.</summary>
    public string? Owned(IReadOnlyDictionary<string, SecretRecord> secrets, string label) => First(Build(secrets).Owned, label);

    /// <summary>The first secret this unit knows by consumer label <paramref name="label"/>, or null.</summary>
    public string? Consumed(IReadOnlyDictionary<string, SecretRecord> secrets, string label) => First(Build(secrets).Consumed, label);

    /// <summary>Whether a secret other than <paramref name="id"/> carries this unit's consumer label <paramref name="label"/>.</summary>
    public bool ConsumedByOther(IReadOnlyDictionary<string, SecretRecord> secrets, string label, string id) =>
        Build(secrets).Consumed.TryGetValue(label, out var ids) && (ids.Count > 1 || (ids.Count == 1 && !ids.Contains(id)));

    /// <summary>Notes a secret this hook created.</summary>
    public void Added(SecretRecord secret)
    {
        if (_owned is not null && secret.OwnerLabel is { } label && secret.IsOwnedBy(_unit, _app)) Put(_owned, label, secret.Id);
    }

    /// <summary>Notes that <paramref name="before"/> now carries this unit's consumer label <paramref name="label"/>.</summary>
    public void Labelled(SecretRecord before, string label)
    {
        if (_consumed is null) return;
        if (before.ConsumerLabels.GetValueOrDefault(_unit) is { } old) Take(_consumed, old, before.Id);
        Put(_consumed, label, before.Id);
    }

    /// <summary>Notes a secret this hook removed.</summary>
    public void Removed(SecretRecord secret)
    {
        if (_owned is not null && secret.OwnerLabel is { } label) Take(_owned, label, secret.Id);
        if (_consumed is not null && secret.ConsumerLabels.GetValueOrDefault(_unit) is { } consumer) Take(_consumed, consumer, secret.Id);
    }

    private (Dictionary<string, SortedSet<string>> Owned, Dictionary<string, SortedSet<string>> Consumed) Build(IReadOnlyDictionary<string, SecretRecord> secrets)
    {
        if (_owned is null || _consumed is null)
        {
            _owned = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            _consumed = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var secret in secrets.Values)
            {
                Added(secret);
                if (secret.ConsumerLabels.GetValueOrDefault(_unit) is { } label) Put(_consumed, label, secret.Id);
            }
        }
        return (_owned, _consumed);
    }

    private static string? First(Dictionary<string, SortedSet<string>> index, string label) =>
        index.TryGetValue(label, out var ids) && ids.Count > 0 ? ids.Min : null;

    private static void Put(Dictionary<string, SortedSet<string>> index, string label, string id)
    {
        if (!index.TryGetValue(label, out var ids)) index[label] = ids = new SortedSet<string>(StringComparer.Ordinal);
        ids.Add(id);
    }

    private static void Take(Dictionary<string, SortedSet<string>> index, string label, string id)
    {
        if (index.TryGetValue(label, out var ids)) ids.Remove(id);
    }
}
