using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// The library's secret seam over Juju's hook tools, with the fallbacks the reference uses
/// (docs/protocol/secrets.md#cache): consumers always read the latest revision; owners may use neither
/// <c>--refresh</c> nor an id and a label together, so those reads fall back to plain ones.
/// </summary>
public sealed class JujuSecretStore : ISecretStore
{
    private readonly IJujuBackend _backend;
    private readonly SecretOwner _owner;

    /// <summary>
    /// Secrets as the unit of <paramref name="backend"/> sees them; new ones are owned by its
    /// application, or by the unit itself for unit-scope peer data.
    /// </summary>
    public JujuSecretStore(IJujuBackend backend, SecretOwner owner = SecretOwner.Application)
    {
        _backend = backend ?? throw new ArgumentNullException(nameof(backend));
        _owner = owner;
    }

    /// <inheritdoc/>
    public SecretSnapshot? GetByLabel(string label)
    {
        var owned = OwnedId(null, label);
        try
        {
            if (owned is not null) return Get(owned, null, label, SecretRead.Peek);
            return Get("", null, label, SecretRead.Refresh);
        }
        catch (SecretAccessDeniedException error)
        {
            // A revoked grant reads the same whether the secret was found by label or by id.
            throw new SecretAccessException(label, error.Tool + ": permission denied");
        }
    }

    /// <inheritdoc/>
    public SecretSnapshot? GetById(string id, string label)
    {
        try
        {
            if (OwnedId(id, null) is not null) return Get(id, id, null, SecretRead.Peek);
            return Get(id, id, label, SecretRead.Refresh);
        }
        catch (SecretAccessDeniedException error)
        {
            // The tool's message repeats the reference, which came from the other side: say it once.
            throw new SecretAccessException(id, error.Tool + ": permission denied");
        }
    }

    /// <inheritdoc/>
    public SecretSnapshot Add(string label, IReadOnlyDictionary<string, string> content) =>
        new(_backend.SecretAdd(content, label, _owner), content);

    /// <inheritdoc/>
    public void Grant(string id, int relationId) => _backend.SecretGrant(id, relationId);

    /// <inheritdoc/>
    public void SetContent(string id, IReadOnlyDictionary<string, string> content) => _backend.SecretSet(id, content);

    /// <inheritdoc/>
    public void Remove(string id) => _backend.SecretRemove(id, null);

    // The secret's content, or null when it is not found; without an exception where the backend can.
    private SecretSnapshot? Get(string snapshotId, string? id, string? label, SecretRead mode)
    {
        if (_backend is ISecretLookup lookup) return lookup.TrySecretGet(id, label, mode, out var found) ? new SecretSnapshot(snapshotId, found) : null;
        try
        {
            return new SecretSnapshot(snapshotId, _backend.SecretGet(id, label, mode));
        }
        catch (SecretNotFoundException)
        {
            return null;
        }
    }

    // secret-info-get answers only for secrets this application owns.
    private string? OwnedId(string? id, string? label)
    {
        try
        {
            if (_backend is ISecretLookup lookup) return lookup.TrySecretInfoGet(id, label, out var info) ? info.Id : null;
            return _backend.SecretInfoGet(id, label).Id;
        }
        catch (SecretNotFoundException)
        {
            return null;
        }
        catch (NotLeaderException)
        {
            // Owned by this application; only its leader may see the metadata.
            return id ?? "";
        }
    }
}
