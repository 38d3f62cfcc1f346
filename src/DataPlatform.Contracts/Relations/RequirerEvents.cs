using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Relations;

/// <summary>The requirer's events: one set on the handler, and one per relation alias.</summary>
/// <typeparam name="TResponse">The response model.</typeparam>
public sealed class RequirerEvents<TResponse> where TResponse : ResourceProviderModel
{
    internal RequirerEvents(string prefix) => Prefix = prefix;

    /// <summary>"" for the handler's own events, <c>&lt;alias&gt;_</c> for an alias's.</summary>
    internal string Prefix { get; }

    /// <summary>Credentials for a resource request arrived (the <c>user</c> secret appeared).</summary>
    public event Action<ResourceResponseEvent<TResponse>>? ResourceCreated;

    /// <summary>Credentials for an entity request arrived (the <c>entity</c> secret appeared).</summary>
    public event Action<ResourceResponseEvent<TResponse>>? ResourceEntityCreated;

    /// <summary>The endpoints were set or changed.</summary>
    public event Action<ResourceResponseEvent<TResponse>>? EndpointsChanged;

    /// <summary>The read-only endpoints were set or changed.</summary>
    public event Action<ResourceResponseEvent<TResponse>>? ReadOnlyEndpointsChanged;

    /// <summary>The TLS secret appeared or changed, or any secret of the response got a new revision.</summary>
    public event Action<ResourceResponseEvent<TResponse>>? AuthenticationUpdated;

    internal void Raise(RequirerEventKind kind, ResourceResponseEvent<TResponse> e)
    {
        var handler = kind switch
        {
            RequirerEventKind.ResourceCreated => ResourceCreated,
            RequirerEventKind.ResourceEntityCreated => ResourceEntityCreated,
            RequirerEventKind.EndpointsChanged => EndpointsChanged,
            RequirerEventKind.ReadOnlyEndpointsChanged => ReadOnlyEndpointsChanged,
            _ => AuthenticationUpdated,
        };
        handler?.Invoke(e);
    }
}

/// <summary>The requirer's per-response events.</summary>
internal enum RequirerEventKind
{
    ResourceCreated,
    ResourceEntityCreated,
    EndpointsChanged,
    ReadOnlyEndpointsChanged,
    AuthenticationUpdated,
}

internal static class RequirerEventNames
{
    public static string Of(RequirerEventKind kind) => kind switch
    {
        RequirerEventKind.ResourceCreated => "resource_created",
        RequirerEventKind.ResourceEntityCreated => "resource_entity_created",
        RequirerEventKind.EndpointsChanged => "endpoints_changed",
        RequirerEventKind.ReadOnlyEndpointsChanged => "read_only_endpoints_changed",
        _ => "authentication_updated",
    };
}
