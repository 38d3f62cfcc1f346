using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// The provider side of a relation (the reference's <c>ResourceProviderEventHandler</c>,
/// docs/protocol/events.md#provider-relation-changed): reads requests from V1 and V0 clients, raises an event per new or changed
/// request, and answers with responses whose credentials go into Juju secrets.
/// </summary>
/// <typeparam name="TRequest">The V1 request model (<see cref="RequirerCommonModel"/> or a derived one).</typeparam>
public sealed partial class ResourceProviderEventHandler<TRequest> : RelationEventHandler where TRequest : RequirerCommonModel, new()
{
    /// <summary>Serves <paramref name="relationName"/> for the charm of <paramref name="host"/>.</summary>
    public ResourceProviderEventHandler(CharmHost host, string relationName, ProviderOptions? options = null)
        : base(host, relationName)
    {
        Options = options ?? new ProviderOptions();
        host.Observe(relationName + "-relation-changed", OnRelationChanged);
        host.Observe(relationName + "-relation-broken", OnRelationBroken);
        host.Observe("secret-changed", OnSecretChanged);
    }

    /// <summary>The options.</summary>
    public ProviderOptions Options { get; }

    /// <summary>A request whose resource appeared.</summary>
    public event Action<ResourceRequestedEvent<TRequest>>? ResourceRequested;

    /// <summary>A request for an entity (user or group) appeared (divergence D5: with or without a resource).</summary>
    public event Action<ResourceRequestedEvent<TRequest>>? ResourceEntityRequested;

    /// <summary>The entity permissions of a request were added or changed.</summary>
    public event Action<ResourceRequestedEvent<TRequest>>? ResourceEntityPermissionsChanged;

    /// <summary>A requirer's mTLS certificate was set or replaced (with <see cref="ProviderOptions.MtlsEnabled"/>).</summary>
    public event Action<MtlsCertUpdatedEvent<TRequest>>? MtlsCertUpdated;

    /// <summary>All requests of a relation (with <see cref="ProviderOptions.BulkEvent"/>).</summary>
    public event Action<BulkResourcesRequestedEvent<TRequest>>? BulkResourcesRequested;

    /// <summary>The client's requests: the V0 client's one, or the V1 list; empty before the client wrote any.</summary>
    /// <exception cref="RelationDataException">Missing relation, or requests that are not valid; names the key.</exception>
    public IReadOnlyList<TRequest> Requests(int relationId)
    {
        var relation = Relation(relationId);
        var remote = relation.RemoteAppData();
        if (remote.Count == 0) return Array.Empty<TRequest>();
        var contract = ReadRequests(relation, remote);
        return contract.V0 is not null ? new[] { AdaptV0(relation, remote) } : contract.V1!.Requests;
    }

    /// <summary>
    /// The client's requests as its own contract reads them: the V0 contract (original key, V0
    /// extras) or the V1 list, as upstream's <c>requests</c> returns them; null before the client wrote any.
    /// </summary>
    /// <exception cref="RelationDataException">Missing relation, or requests that are not valid; names the key.</exception>
    public RequirerDataContract<TRequest>? ClientContract(int relationId)
    {
        var relation = Relation(relationId);
        var remote = relation.RemoteAppData();
        return remote.Count == 0 ? null : ReadRequests(relation, remote);
    }

    /// <summary>
    /// A V0 client's flat databag read as <typeparamref name="TRequest"/>, so handlers see one request
    /// type whatever the client's version: the resource from its original key, V0 extras kept as
    /// unknown keys, no request id (docs/protocol/databags.md#v0-mode).
    /// </summary>
    private TRequest AdaptV0(RelationHandle relation, Databag remote)
    {
        TRequest request;
        try
        {
            request = RelationModels.FromDatabag<TRequest>(remote, new ModelReadContext(Secrets(relation)));
        }
        catch (RelationModelValidationException error)
        {
            var issue = error.Issues[0];
            throw new RelationDataException(RelationName, relation.Id, null, issue.Path, $"the V0 client's request is not a valid {typeof(TRequest).Name}: " + error.Message, error);
        }
        request.RequestId = null;
        return request;
    }

    private RequirerDataContract<TRequest> ReadRequests(RelationHandle relation, Databag remote)
    {
        try
        {
            return RequirerDataContract<TRequest>.ReadDatabag(remote, new ModelReadContext(Secrets(relation)));
        }
        catch (RelationModelValidationException error)
        {
            var issue = error.Issues[0];
            throw new RelationDataException(RelationName, relation.Id, null, issue.Path, "the client's requests are not valid: " + error.Message, error);
        }
    }

    private void OnRelationChanged(HookContext hook)
    {
        if (HookRelation(hook) is not { } relation || !Juju.IsLeader()) return;
        var remote = Work.View(relation.Id, relation.RemoteApp);
        if (remote.Count == 0) return;
        var contract = ReadRequests(relation, remote);
        if (contract.V0 is { } v0)
        {
            HandleV0(relation, hook, remote, v0);
            return;
        }
        var requests = contract.V1!.Requests;
        if (Options.BulkEvent) HandleBulk(relation, hook, requests);
        else foreach (var request in requests) HandleRequest(relation, hook, request, request, null, ShortUuid(request));
    }

    // Divergence D19: a V1 request without a request id is stored under gen_hash(resource, salt).
    private static string ShortUuid(RequirerCommonModel request) => request.ShortUuid;

    private void HandleV0(RelationHandle relation, HookContext hook, Databag remote, RequirerDataContractV0 request)
    {
        request.RequestId = null;
        // The diff and the stored data come from the V0 contract (what a Python provider stores);
        // the events carry the same request read as TRequest.
        HandleRequest(relation, hook, request, AdaptV0(relation, remote), request, shortUuid: null);
        // V0 clients read the resource back under the key they sent it as (database, topic, ...).
        if (request.Resource.Length > 0 && request.OriginalField.Length > 0)
        {
            var local = relation.LocalAppData();
            local[request.OriginalField] = request.Resource;
            relation.WriteLocalApp(local);
        }
    }

    // The `data` memory is decoded once per hook and updated in place: N requests cost N updates
    // and one encoding when the hook ends (docs/hook-cost.md). A request whose compact dump is the
    // text its entry already holds changed nothing: it is passed over without decoding either.
    private void HandleRequest(RelationHandle relation, HookContext hook, RequirerCommonModel request, TRequest payload, RequirerDataContractV0? v0, string? shortUuid)
    {
        var text = DiffMemory.CompactText(request);
        var statuses = Work.StatusMap(relation.Id, Juju.AppName);
        if (!string.IsNullOrEmpty(shortUuid) && statuses.Count == 0 && Work.MemoryHolds(relation.Id, Juju.AppName, shortUuid, text))
        {
            Dispatch(relation, hook, payload, v0, Diff.Nothing);
            return;
        }
        var memory = Work.Memory(relation.Id, Juju.AppName);
        var current = PythonJson.ParseWritten(text).AsObject();
        var diff = DiffMemory.Compute(memory, shortUuid, current);
        // Divergence D12: refuse before storing anything.
        RefuseImmutableChanges(relation, shortUuid, diff);
        if (DiffMemory.Store(memory, shortUuid, current, statuses)) Work.MemoryChanged(relation.Id, app: true);
        Dispatch(relation, hook, payload, v0, diff);
    }

    private void RefuseImmutableChanges(RelationHandle relation, string? shortUuid, Diff diff)
    {
        foreach (var key in ImmutableKeys)
        {
            if (diff.Changed.Contains(key))
            {
                throw new RelationDataException(RelationName, relation.Id, shortUuid, key, $"Cannot change {key} after relation has already been created");
            }
        }
    }

    private static readonly string[] ImmutableKeys = { "resource", "entity-type", "extra-user-roles", "extra-group-roles" };

    // One event per request, first matching rule (docs/protocol/events.md#provider-relation-changed) with divergences D5 and D6.
    private void Dispatch(RelationHandle relation, HookContext hook, TRequest request, RequirerDataContractV0? v0, Diff diff)
    {
        var app = hook.RemoteApp;
        var unit = hook.RemoteUnit;
        var entityAdded = diff.Added.Contains("entity-type");
        var permissions = diff.Added.Contains("entity-permissions") || diff.Changed.Contains("entity-permissions");
        var mtls = Options.MtlsEnabled && diff.Added.Contains("secret-mtls");

        if (entityAdded) ResourceEntityRequested?.Invoke(new ResourceRequestedEvent<TRequest>("resource_entity_requested", relation, app, unit, request, v0));
        else if (diff.ResourceAdded) ResourceRequested?.Invoke(new ResourceRequestedEvent<TRequest>("resource_requested", relation, app, unit, request, v0));
        else if (permissions && !mtls) ResourceEntityPermissionsChanged?.Invoke(new ResourceRequestedEvent<TRequest>("resource_entity_permissions_changed", relation, app, unit, request, v0));
        if (mtls) MtlsCertUpdated?.Invoke(new MtlsCertUpdatedEvent<TRequest>(relation, app, unit, request, v0, oldMtlsCert: null));
    }

    // Bulk mode: validate every request first, raise one event, then store (no status).
    private void HandleBulk(RelationHandle relation, HookContext hook, IReadOnlyList<TRequest> requests)
    {
        if (requests.Count == 0) return;
        var stored = Work.Memory(relation.Id, Juju.AppName);
        var dumps = new List<(string ShortUuid, WireObject Dump)>();
        foreach (var request in requests)
        {
            var current = DiffMemory.CompactDump(request);
            RefuseImmutableChanges(relation, ShortUuid(request), DiffMemory.Compute(stored, ShortUuid(request), current));
            dumps.Add((ShortUuid(request), current));
        }
        BulkResourcesRequested?.Invoke(new BulkResourcesRequestedEvent<TRequest>(relation, hook.RemoteApp, hook.RemoteUnit, requests));
        // Read again: the event's handler may have rewritten the key.
        var memory = Work.Memory(relation.Id, Juju.AppName);
        var changed = false;
        foreach (var (shortUuid, dump) in dumps) changed |= DiffMemory.Store(memory, shortUuid, dump, statuses: null);
        if (changed) Work.MemoryChanged(relation.Id, app: true);
    }
}
