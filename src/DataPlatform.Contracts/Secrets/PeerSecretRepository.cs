namespace DataPlatform.Contracts.Secrets;

/// <summary>
/// The secrets of a peer relation for one scope (the reference's <c>OpsPeerRepository</c>):
/// labelled <c>&lt;relation&gt;.&lt;app&gt;.&lt;scope&gt;[.&lt;group&gt;]</c>, found by label only
/// (models keep no pointer) and never granted (docs/protocol/models.md#peermodel, docs/protocol/secrets.md#labels, docs/protocol/secrets.md#ownership-and-grants).
/// </summary>
/// <remarks>
/// Keeps the secrets it has seen or written, by label, for the life of the instance: use one
/// instance per operation (hook).
/// </remarks>
public sealed class PeerSecretRepository : ISecretRepository
{
    private readonly SecretCache _cache;
    private readonly string _scopeText;

    /// <summary>Creates the repository for <paramref name="scope"/> on peer relation <paramref name="relationName"/>.</summary>
    /// <param name="store">The unit's view of Juju secrets.</param>
    /// <param name="relationName">The peer relation's name.</param>
    /// <param name="appName">The local application's name.</param>
    /// <param name="scope">Application or unit data.</param>
    public PeerSecretRepository(ISecretStore store, string relationName, string appName, SecretScope scope)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(relationName);
        ArgumentException.ThrowIfNullOrEmpty(appName);
        _scopeText = scope.ToWireText();
        _cache = new SecretCache(store);
        RelationName = relationName;
        AppName = appName;
        Scope = scope;
    }

    /// <summary>The peer relation's name that starts every label.</summary>
    public string RelationName { get; }

    /// <summary>The local application's name.</summary>
    public string AppName { get; }

    /// <summary>Application or unit data.</summary>
    public SecretScope Scope { get; }

    /// <summary>Always false: peer secrets are found by label alone.</summary>
    public bool UsesPointers => false;

    /// <summary>The label of <paramref name="group"/>'s secret.</summary>
    public string Label(string group) => SecretLabels.ForPeer(RelationName, AppName, _scopeText, group);

    /// <summary>The group's secret, by label only: <paramref name="uri"/> and <paramref name="shortUuid"/> are ignored.</summary>
    public StoredSecret? Get(string group, string? uri, string? shortUuid) => _cache.Get(Label(group), uri: null);

    /// <summary>Creates the group's secret (not granted: peers share the application). <paramref name="shortUuid"/> is ignored.</summary>
    /// <exception cref="InvalidOperationException">A secret with the same label was already seen in this repository.</exception>
    public StoredSecret Add(string group, string? shortUuid, IReadOnlyDictionary<string, string> content) =>
        _cache.Add(Label(group), content);

    /// <summary>Writes a new revision; no-op when the content is unchanged, removes the secret when it is empty.</summary>
    public void SetContent(StoredSecret secret, IReadOnlyDictionary<string, string> content) => _cache.SetContent(secret, content);

    /// <inheritdoc/>
    public void Remove(StoredSecret secret) => _cache.Remove(secret);
}
