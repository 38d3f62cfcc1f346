namespace DataPlatform.Contracts.Relations;

/// <summary>Options of a <see cref="ResourceProviderEventHandler{TRequest}"/>.</summary>
public sealed record ProviderOptions
{
    /// <summary>Watch the requirers' mTLS certificates and raise <c>mtls_cert_updated</c>.</summary>
    public bool MtlsEnabled { get; init; }

    /// <summary>Raise one <c>bulk_resources_requested</c> with every request instead of one event per request.</summary>
    public bool BulkEvent { get; init; }

    /// <summary>The statuses <c>RaiseStatus(relationId, code)</c> may raise by code.</summary>
    public StatusSchema? StatusSchema { get; init; }
}
