using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Relations;

/// <summary>What every library event carries: the relation, and the remote app and unit the hook was about.</summary>
public abstract class RelationEvent
{
    private protected RelationEvent(string name, RelationHandle relation, string? app, string? unit)
    {
        Name = name;
        Relation = relation;
        App = app;
        Unit = unit;
    }

    /// <summary>The reference's event name, e.g. <c>resource_requested</c> or <c>cluster1_resource_created</c>.</summary>
    public string Name { get; }

    /// <summary>The relation.</summary>
    public RelationHandle Relation { get; }

    /// <summary>The remote application (divergence D8: the real one, not a unit name).</summary>
    public string? App { get; }

    /// <summary>The remote unit whose databag changed, or null for an application databag change.</summary>
    public string? Unit { get; }
}

/// <summary>A provider event about one request: requested, entity requested, entity permissions changed.</summary>
/// <typeparam name="TRequest">The provider handler's request model.</typeparam>
public sealed class ResourceRequestedEvent<TRequest> : RelationEvent where TRequest : RequirerCommonModel
{
    internal ResourceRequestedEvent(string name, RelationHandle relation, string? app, string? unit, TRequest request, RequirerDataContractV0? v0Request)
        : base(name, relation, app, unit)
    {
        Request = request;
        V0Request = v0Request;
    }

    /// <summary>The request, secrets resolved; a V0 client's flat databag read as <typeparamref name="TRequest"/>.</summary>
    public TRequest Request { get; }

    /// <summary>For a V0 client, its request as the V0 contract reads it (original key, V0 extras); null for V1 clients.</summary>
    public RequirerDataContractV0? V0Request { get; }
}

/// <summary>The requirer's mTLS certificate was set or changed.</summary>
/// <typeparam name="TRequest">The provider handler's request model.</typeparam>
public sealed class MtlsCertUpdatedEvent<TRequest> : RelationEvent where TRequest : RequirerCommonModel
{
    internal MtlsCertUpdatedEvent(RelationHandle relation, string? app, string? unit, TRequest request, RequirerDataContractV0? v0Request, string? oldMtlsCert)
        : base("mtls_cert_updated", relation, app, unit)
    {
        Request = request;
        V0Request = v0Request;
        OldMtlsCert = oldMtlsCert;
    }

    /// <summary>The request, carrying the new certificate in <see cref="RequirerCommonModel.MtlsCert"/>.</summary>
    public TRequest Request { get; }

    /// <summary>For a V0 client, its request as the V0 contract reads it; null for V1 clients.</summary>
    public RequirerDataContractV0? V0Request { get; }

    /// <summary>The previous certificate, when there was one.</summary>
    public string? OldMtlsCert { get; }
}

/// <summary>Every request of the relation at once (providers created in bulk mode).</summary>
/// <typeparam name="TRequest">The provider handler's request model.</typeparam>
public sealed class BulkResourcesRequestedEvent<TRequest> : RelationEvent where TRequest : RequirerCommonModel
{
    internal BulkResourcesRequestedEvent(RelationHandle relation, string? app, string? unit, IReadOnlyList<TRequest> requests)
        : base("bulk_resources_requested", relation, app, unit) => Requests = requests;

    /// <summary>The requests.</summary>
    public IReadOnlyList<TRequest> Requests { get; }
}

/// <summary>A requirer event about one response: created, entity created, endpoints changed, ...</summary>
/// <typeparam name="TResponse">The response model.</typeparam>
public sealed class ResourceResponseEvent<TResponse> : RelationEvent where TResponse : ResourceProviderModel
{
    internal ResourceResponseEvent(string name, RelationHandle relation, string? app, string? unit, TResponse response)
        : base(name, relation, app, unit) => Response = response;

    /// <summary>The response, secrets resolved (username, password, tls, ...).</summary>
    public TResponse Response { get; }
}

/// <summary>A status the provider raised or resolved.</summary>
public sealed class RelationStatusEvent : RelationEvent
{
    internal RelationStatusEvent(string name, RelationHandle relation, string? app, string? unit, RelationStatus status, IReadOnlyList<RelationStatus> active)
        : base(name, relation, app, unit)
    {
        Status = status;
        ActiveStatuses = active;
    }

    /// <summary>The status raised or resolved.</summary>
    public RelationStatus Status { get; }

    /// <summary>Every status the provider has raised now.</summary>
    public IReadOnlyList<RelationStatus> ActiveStatuses { get; }
}
