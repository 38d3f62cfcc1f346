using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// What the provider and requirer handlers share (the reference's <c>EventHandlers</c>, wire-format
/// 7.1): the relations of one endpoint, their secret repositories, and the owner's duty on
/// <c>secret-remove</c>.
/// </summary>
public abstract class RelationEventHandler
{
    private protected RelationEventHandler(CharmHost host, string relationName)
    {
        Host = host ?? throw new ArgumentNullException(nameof(host));
        ArgumentException.ThrowIfNullOrEmpty(relationName);
        RelationName = relationName;
        host.Observe("secret-remove", OnSecretRemove);
    }

    /// <summary>The charm host.</summary>
    protected CharmHost Host { get; }

    /// <summary>Juju, as this unit sees it.</summary>
    protected IJujuBackend Juju => Host.Backend;

    /// <summary>The endpoint this handler serves.</summary>
    public string RelationName { get; }

    /// <summary>The relations on the endpoint.</summary>
    public IReadOnlyList<RelationHandle> Relations => Juju.RelationIds(RelationName).Select(id => new RelationHandle(Juju, RelationName, id)).ToList();

    /// <summary>The relation <paramref name="relationId"/> of this endpoint.</summary>
    /// <exception cref="RelationDataException">The endpoint has no such relation.</exception>
    public RelationHandle Relation(int relationId)
    {
        if (!Juju.RelationIds(RelationName).Contains(relationId))
        {
            throw new RelationDataException(RelationName, relationId, null, null, "Missing relation.");
        }
        return new RelationHandle(Juju, RelationName, relationId);
    }

    /// <summary>Statuses the provider has raised on the relation, by code (docs/protocol/statuses.md#provider-api).</summary>
    public abstract IReadOnlyDictionary<int, RelationStatus> GetStatuses(int relationId);

    /// <summary>The hook's unit of work: each databag read and written once (docs/hook-cost.md).</summary>
    private protected HookUnitOfWork Work => Host.Work;

    /// <summary>The relation's secrets as this side labels them, one repository for the hook.</summary>
    private protected RelationSecretRepository Secrets(RelationHandle relation) => Work.Secrets(RelationName, relation.Id);

    private protected RelationHandle? HookRelation(HookContext hook) =>
        hook.RelationId is { } id && hook.RelationName == RelationName ? new RelationHandle(Juju, RelationName, id) : null;

    private protected void Warn(RelationHandle relation, string message) =>
        Juju.Log(JujuLogLevel.Warning, $"relation {relation}: {message}");

    /// <summary>
    /// The relation and short uuid a secret's label names, when it is one of this endpoint's and
    /// the relation still exists.
    /// </summary>
    private protected bool TryRelationOfSecret(HookContext hook, out RelationHandle relation, out string? shortUuid)
    {
        relation = null!;
        shortUuid = null;
        if (hook.SecretLabel is not { } label) return false;
        if (!SecretLabels.TryParseRelation(label, out var name, out var id, out shortUuid) || name != RelationName) return false;
        if (!Juju.RelationIds(RelationName).Contains(id)) return false;
        relation = new RelationHandle(Juju, RelationName, id);
        return true;
    }

    /// <summary>Whether this application owns the secret (only owners get its metadata).</summary>
    private protected bool Owns(string secretId)
    {
        try
        {
            Juju.SecretInfoGet(secretId, null);
            return true;
        }
        catch (SecretNotFoundException)
        {
            return false;
        }
        catch (NotLeaderException)
        {
            return true;
        }
    }

    // The owner removes a revision nobody tracks any more, or revisions pile up.
    private void OnSecretRemove(HookContext hook)
    {
        if (hook.SecretId is not { } id || hook.SecretRevision is not { } revision) return;
        if (!TryRelationOfSecret(hook, out _, out _) || !Owns(id)) return;
        Juju.SecretRemove(id, revision);
    }

    /// <summary>
    /// The secret ids a databag of ours points at: flat <c>secret-&lt;group&gt;</c> keys (V0) and the
    /// pointers inside its <c>requests</c> list (V1).
    /// </summary>
    private protected static IEnumerable<string> SecretPointersIn(Databag databag)
    {
        foreach (var entry in databag)
        {
            if (entry.Key.StartsWith(WireKeys.SecretPointerPrefix, StringComparison.Ordinal)) yield return entry.Value;
        }
        if (databag.Get(WireKeys.Requests) is not { } text || !PythonJson.TryParse(text, out var list) || list.Kind != WireValueKind.Array) yield break;
        foreach (var item in list.AsArray())
        {
            if (item.Kind != WireValueKind.Object) continue;
            foreach (var member in item.AsObject())
            {
                if (member.Key.StartsWith(WireKeys.SecretPointerPrefix, StringComparison.Ordinal) && member.Value.Kind == WireValueKind.String)
                {
                    yield return member.Value.AsString();
                }
            }
        }
    }

    /// <summary>Removes a secret the relation's data points at, when this application owns it.</summary>
    private protected void RemoveOwnedSecret(string id)
    {
        if (Owns(id)) Juju.SecretRemove(id, null);
    }

    /// <summary>The statuses in a provider app databag, by code.</summary>
    private protected static IReadOnlyDictionary<int, RelationStatus> StatusesIn(Databag providerApp) =>
        new Dictionary<int, RelationStatus>(StatusList.Read(providerApp));
}
