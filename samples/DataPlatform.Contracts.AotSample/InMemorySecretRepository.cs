using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.AotSample;

/// <summary>
/// A relation-style secret repository kept in memory: secrets are found by their label
/// (<c>&lt;endpoint&gt;.&lt;relation-id&gt;[.&lt;short-uuid&gt;].&lt;group&gt;.secret</c>) or by URI.
/// </summary>
internal sealed class InMemorySecretRepository : ISecretRepository
{
    private readonly Dictionary<string, StoredSecret> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idByLabel = new(StringComparer.Ordinal);
    private readonly string _endpoint;
    private readonly int _relationId;
    private int _next;

    public InMemorySecretRepository(string endpoint, int relationId)
    {
        _endpoint = endpoint;
        _relationId = relationId;
    }

    public bool UsesPointers => true;

    /// <summary>The secrets held, by URI.</summary>
    public IReadOnlyDictionary<string, StoredSecret> Secrets => _byId;

    public StoredSecret? Get(string group, string? uri, string? shortUuid)
    {
        var label = Label(group, shortUuid);
        if (_idByLabel.TryGetValue(label, out var id)) return _byId[id];
        if (uri is not null && _byId.TryGetValue(uri, out var secret))
        {
            _idByLabel[label] = uri;
            return secret;
        }
        return null;
    }

    public StoredSecret Add(string group, string? shortUuid, IReadOnlyDictionary<string, string> content)
    {
        var label = Label(group, shortUuid);
        var secret = new StoredSecret($"secret:sample{++_next:D4}", label, new Dictionary<string, string>(content, StringComparer.Ordinal));
        _byId[secret.Id] = secret;
        _idByLabel[label] = secret.Id;
        return secret;
    }

    public void SetContent(StoredSecret secret, IReadOnlyDictionary<string, string> content) =>
        _byId[secret.Id] = secret with { Content = new Dictionary<string, string>(content, StringComparer.Ordinal) };

    public void Remove(StoredSecret secret)
    {
        _byId.Remove(secret.Id);
        _idByLabel.Remove(secret.Label);
    }

    private string Label(string group, string? shortUuid) =>
        shortUuid is null ? $"{_endpoint}.{_relationId}.{group}.secret" : $"{_endpoint}.{_relationId}.{shortUuid}.{group}.secret";
}
