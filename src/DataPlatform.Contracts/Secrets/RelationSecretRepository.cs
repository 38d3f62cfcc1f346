namespace DataPlatform.Contracts.Secrets;

/// <summary>
/// The secrets of one relation as this side sees them (the reference's <c>OpsRelationRepository</c>):
/// labelled <c>&lt;endpoint&gt;.&lt;relation-id&gt;[.&lt;short-uuid&gt;].&lt;group&gt;.secret</c>,
/// found by label or by the model's <c>secret-&lt;group&gt;</c> pointer, and granted to the remote
/// application as soon as they are created (docs/protocol/secrets.md#labels, docs/protocol/secrets.md#ownership-and-grants).
/// </summary>
/// <remarks>
/// Keeps the secrets it has seen or written, by label, for the life of the instance: use one
/// instance per operation (hook) so later reads see earlier writes without asking Juju again.
/// </remarks>
public sealed class RelationSecretRepository : ISecretRepository
{
    private readonly ISecretStore _store;
    private readonly SecretCache _cache;

    /// <summary>Creates the repository for relation <paramref name="relationId"/> on <paramref name="endpoint"/>.</summary>
    /// <param name="store">The unit's view of Juju secrets.</param>
    /// <param name="endpoint">The local endpoint name (the relation name on this side).</param>
    /// <param name="relationId">The relation id.</param>
    public RelationSecretRepository(ISecretStore store, string endpoint, int relationId)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        _cache = new SecretCache(store);
        Endpoint = endpoint;
        RelationId = relationId;
    }

    /// <summary>The local endpoint name that starts every label.</summary>
    public string Endpoint { get; }

    /// <summary>The relation id, part of every label and the target of grants.</summary>
    public int RelationId { get; }

    /// <summary>Always true: relation models keep a <c>secret-&lt;group&gt;</c> pointer.</summary>
    public bool UsesPointers => true;

    /// <summary>The label of <paramref name="group"/>'s secret for <paramref name="shortUuid"/> (none for null).</summary>
    public string Label(string group, string? shortUuid) => SecretLabels.ForRelation(Endpoint, RelationId, shortUuid, group);

    /// <inheritdoc/>
    /// <exception cref="Relations.RelationDataException">
    /// The group's secret may not be read here (not granted, or the grant revoked), whether it was
    /// found by label or by <paramref name="uri"/>; names the relation and the pointer key.
    /// </exception>
    public StoredSecret? Get(string group, string? uri, string? shortUuid)
    {
        try
        {
            return _cache.Get(Label(group, shortUuid), uri);
        }
        catch (SecretAccessException error)
        {
            throw new Relations.RelationDataException(Endpoint, RelationId, shortUuid, "secret-" + group,
                "a secret of the other side cannot be read: " + error.Message, error);
        }
    }

    /// <summary>Creates the group's secret and grants it to the relation's remote application.</summary>
    /// <exception cref="InvalidOperationException">A secret with the same label was already seen in this repository.</exception>
    public StoredSecret Add(string group, string? shortUuid, IReadOnlyDictionary<string, string> content)
    {
        var secret = _cache.Add(Label(group, shortUuid), content);
        _store.Grant(secret.Id, RelationId);
        return secret;
    }

    /// <summary>Writes a new revision; no-op when the content is unchanged, removes the secret when it is empty.</summary>
    public void SetContent(StoredSecret secret, IReadOnlyDictionary<string, string> content) => _cache.SetContent(secret, content);

    /// <inheritdoc/>
    public void Remove(StoredSecret secret) => _cache.Remove(secret);
}
