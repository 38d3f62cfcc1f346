namespace DataPlatform.Contracts.Relations;

/// <summary>
/// Relation data could not be used: names the relation (endpoint and id), the request id where
/// there is one, and the key; never a secret value. The hook fails, so Juju discards its writes.
/// </summary>
public sealed class RelationDataException : DataInterfacesException
{
    /// <summary>Creates the exception.</summary>
    public RelationDataException(string endpoint, int relationId, string? requestId, string? key, string problem, Exception? inner = null)
        : base(Describe(endpoint, relationId, requestId, key, problem), inner)
    {
        Endpoint = endpoint;
        RelationId = relationId;
        RequestId = requestId;
        Key = key;
    }

    /// <summary>The local endpoint.</summary>
    public string Endpoint { get; }

    /// <summary>The relation id.</summary>
    public int RelationId { get; }

    /// <summary>The request id, when the problem is about one request.</summary>
    public string? RequestId { get; }

    /// <summary>The databag or request key, when known.</summary>
    public string? Key { get; }

    private static string Describe(string endpoint, int relationId, string? requestId, string? key, string problem)
    {
        var where = $"relation {endpoint}:{relationId}";
        // Both may come from the remote side: quote only a prefix.
        if (requestId is not null) where += $", request {RemoteText.Prefix(requestId)}";
        if (key is not null) where += $", key '{RemoteText.Prefix(key, RemoteText.MaxIdChars)}'";
        return $"{where}: {problem}";
    }
}
