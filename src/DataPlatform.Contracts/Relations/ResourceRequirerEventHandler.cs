using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// The requirer side of a relation (the reference's <c>ResourceRequirerEventHandler</c>,
/// docs/protocol/events.md#requirer-relation-changed): publishes the charm's requests, and raises an event per new or changed
/// response, with the credentials read from the provider's secrets.
/// </summary>
/// <typeparam name="TResponse">The response model (<see cref="ResourceProviderModel"/> or a derived one).</typeparam>
public sealed partial class ResourceRequirerEventHandler<TResponse> : RelationEventHandler where TResponse : ResourceProviderModel, new()
{
    private readonly RequirerEvents<TResponse> _events = new("");
    private readonly Dictionary<string, RequirerEvents<TResponse>> _aliasEvents = new(StringComparer.Ordinal);

    /// <summary>Requests <paramref name="requests"/> on <paramref name="relationName"/> for the charm of <paramref name="host"/>.</summary>
    /// <exception cref="ArgumentException">Relation aliases whose count differs from the endpoint's limit.</exception>
    public ResourceRequirerEventHandler(CharmHost host, string relationName, IReadOnlyList<RequirerCommonModel> requests, RequirerOptions? options = null)
        : base(host, relationName)
    {
        Requests = requests ?? throw new ArgumentNullException(nameof(requests));
        Options = options ?? new RequirerOptions();
        if (Options.RelationAliases is { } aliases)
        {
            var limit = host.Metadata.Endpoint(relationName)?.Limit;
            if (limit != aliases.Count) throw new ArgumentException($"Invalid number of aliases, expected {limit}, received {aliases.Count}");
            foreach (var alias in aliases) _aliasEvents[alias] = new RequirerEvents<TResponse>(alias + "_");
        }
        host.Observe(relationName + "-relation-created", OnRelationCreated);
        host.Observe(relationName + "-relation-changed", OnRelationChanged);
        host.Observe(relationName + "-relation-broken", OnRelationBroken);
        host.Observe("secret-changed", OnSecretChanged);
    }

    /// <summary>The charm's requests, published by the leader.</summary>
    /// <remarks>
    /// A request is identified by what it asks for (<see cref="RequestIdentity"/>), not by its salt:
    /// build the list anew in every hook, without salts, as the Python library's users do. A request
    /// already published keeps the salt and request id it was published with; a request added later
    /// is published once, with a fresh salt. A request the charm stops making is withdrawn: the next
    /// time the leader handles a relation event it republishes the list without it. The provider
    /// library raises no event for a withdrawn request, so its user and secret stay until the
    /// provider charm removes them or the relation is broken.
    /// </remarks>
    public IReadOnlyList<RequirerCommonModel> Requests { get; }

    /// <summary>The options.</summary>
    public RequirerOptions Options { get; }

    /// <summary>Credentials for a resource request arrived.</summary>
    public event Action<ResourceResponseEvent<TResponse>>? ResourceCreated { add => _events.ResourceCreated += value; remove => _events.ResourceCreated -= value; }

    /// <summary>Credentials for an entity request arrived.</summary>
    public event Action<ResourceResponseEvent<TResponse>>? ResourceEntityCreated { add => _events.ResourceEntityCreated += value; remove => _events.ResourceEntityCreated -= value; }

    /// <summary>The endpoints were set or changed.</summary>
    public event Action<ResourceResponseEvent<TResponse>>? EndpointsChanged { add => _events.EndpointsChanged += value; remove => _events.EndpointsChanged -= value; }

    /// <summary>The read-only endpoints were set or changed.</summary>
    public event Action<ResourceResponseEvent<TResponse>>? ReadOnlyEndpointsChanged { add => _events.ReadOnlyEndpointsChanged += value; remove => _events.ReadOnlyEndpointsChanged -= value; }

    /// <summary>TLS appeared or changed, or a secret of a response got a new revision.</summary>
    public event Action<ResourceResponseEvent<TResponse>>? AuthenticationUpdated { add => _events.AuthenticationUpdated += value; remove => _events.AuthenticationUpdated -= value; }

    /// <summary>The provider raised a status (divergence D2: once per code that appears).</summary>
    public event Action<RelationStatusEvent>? StatusRaised;

    /// <summary>The provider resolved a status (divergence D2: once per code that disappears).</summary>
    public event Action<RelationStatusEvent>? StatusResolved;

    /// <summary>The handler's own events (the same as its event members), for code that treats them like an alias's.</summary>
    public RequirerEvents<TResponse> Events => _events;

    /// <summary>The events of the relation with alias <paramref name="alias"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not one of the handler's aliases.</exception>
    public RequirerEvents<TResponse> ForAlias(string alias) =>
        _aliasEvents.TryGetValue(alias, out var events) ? events : throw new KeyNotFoundException($"'{alias}' is not a relation alias of {RelationName}.");

    /// <summary>The responses the provider has written, secrets resolved.</summary>
    public IReadOnlyList<TResponse> Responses(int relationId)
    {
        var relation = Relation(relationId);
        return ReadResponses(relation, relation.RemoteAppData());
    }

    /// <summary>Whether the response to <paramref name="requestId"/> carries credentials (a user or entity secret).</summary>
    public bool IsResourceCreated(int relationId, string requestId)
    {
        var relation = Relation(relationId);
        return ReadResponses(relation, relation.RemoteAppData(), withSecrets: false).Any(r => r.ShortUuid == requestId && HasCredentials(r));
    }

    /// <summary>Whether the response to <paramref name="request"/>, one of <see cref="Requests"/>, carries credentials; the request is found by what it asks for.</summary>
    /// <exception cref="ArgumentException">Not one of this handler's requests.</exception>
    public bool IsResourceCreated(int relationId, RequirerCommonModel request)
    {
        var index = IndexOf(request);
        return IsResourceCreated(relationId, RequestIdsOf(relationId)[index]);
    }

    /// <summary>Divergence D13: true only when every request of ours has a response with credentials.</summary>
    public bool AreAllResourcesCreated(int relationId)
    {
        var relation = Relation(relationId);
        var ids = Resolve(relation).Ids;
        var responses = ReadResponses(relation, relation.RemoteAppData(), withSecrets: false);
        return ids.Count > 0 && ids.All(id => responses.Any(r => r.ShortUuid == id && HasCredentials(r)));
    }

    private int IndexOf(RequirerCommonModel request)
    {
        for (var i = 0; i < Requests.Count; i++)
        {
            if (ReferenceEquals(Requests[i], request)) return i;
        }
        throw new ArgumentException("not one of the handler's requests", nameof(request));
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<int, RelationStatus> GetStatuses(int relationId) => StatusesIn(Relation(relationId).RemoteAppData());

    private static bool HasCredentials(ResourceProviderModel response) => response.SecretUser is not null || response.SecretEntity is not null;

    private List<TResponse> ReadResponses(RelationHandle relation, Databag remote, bool withSecrets = true)
    {
        try
        {
            var context = withSecrets ? new ModelReadContext(Secrets(relation)) : new ModelReadContext();
            return DataContractV1<TResponse>.ReadDatabag(remote, context).Requests;
        }
        catch (RelationModelValidationException error)
        {
            throw new RelationDataException(RelationName, relation.Id, null, error.Issues[0].Path, "the provider's responses are not valid: " + error.Message, error);
        }
        catch (SecretAccessException error)
        {
            throw new RelationDataException(RelationName, relation.Id, null, null, "a secret of the provider cannot be read: " + error.Message, error);
        }
    }

    // The leader publishes the requests, each with request-id = gen_hash(resource, salt).
    private void OnRelationCreated(HookContext hook)
    {
        if (HookRelation(hook) is not { } relation) return;
        AssignAlias(relation);
        if (Juju.IsLeader()) PublishRequests(relation);
    }

    // Requests already published keep their salt and id (Resolve); new ones get request-id =
    // gen_hash(resource, salt) with a fresh salt.
    private void PublishRequests(RelationHandle relation)
    {
        if (Resolve(relation).InStep) return;
        var contract = new RequirerDataContractV1<RequirerCommonModel>();
        foreach (var request in Requests) contract.Requests.Add(request);
        var local = relation.LocalAppData();
        contract.WriteDatabag(local, ModelWriteContext.WithSecrets(Secrets(relation)));
        relation.WriteLocalApp(local);
    }

    // Divergence D18: a leader whose app databag does not hold exactly the charm's current requests
    // (some missing, or some the charm no longer makes) republishes them. Non-leaders only learn
    // the published ids, from the provider's data.
    private void KeepRequestsPublished(RelationHandle relation)
    {
        if (Juju.IsLeader()) PublishRequests(relation);
        else Resolve(relation);
    }

    private void OnRelationBroken(HookContext hook)
    {
        if (HookRelation(hook) is not { } relation) return;
        // Divergence D17: forget what we stored, and remove the mTLS secrets we own.
        if (Juju.IsLeader())
        {
            foreach (var id in SecretPointersIn(relation.LocalAppData()).ToList()) RemoveOwnedSecret(id);
            relation.WriteLocalApp(new Databag());
        }
        relation.WriteLocalUnit(new Databag());
    }
}
