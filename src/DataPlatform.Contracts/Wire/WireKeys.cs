namespace DataPlatform.Contracts.Wire;

/// <summary>Databag and request keys that the protocol itself gives a meaning to.</summary>
public static class WireKeys
{
    /// <summary>Contract version key (<c>v0</c>/<c>v1</c>; for V0-mode responses, the server version).</summary>
    public const string Version = "version";

    /// <summary>The JSON list of requests (requirer) or responses (provider) of a V1 contract.</summary>
    public const string Requests = "requests";

    /// <summary>A side's memory of what it last saw, keyed by request id; read by peers too.</summary>
    public const string Data = "data";

    /// <summary>The provider's JSON list of active statuses.</summary>
    public const string Status = "status";

    /// <summary>The relation alias a requirer chose.</summary>
    public const string Alias = "alias";

    /// <summary>The canonical resource key of a request or response.</summary>
    public const string Resource = "resource";

    /// <summary>The request id key.</summary>
    public const string RequestId = "request-id";

    /// <summary>The salt key.</summary>
    public const string Salt = "salt";

    /// <summary>Prefix of a secret pointer key: <c>secret-&lt;group&gt;</c>.</summary>
    public const string SecretPointerPrefix = "secret-";

    /// <summary>
    /// The input names of the resource, in the order the reference tries them (<c>database</c>
    /// first, the canonical <c>resource</c> last); a diff that adds any of them adds a resource.
    /// </summary>
    public static IReadOnlyList<string> ResourceKeys { get; } =
        new[] { "database", "subject", "topic", "index", "plugin-url", "prefix", Resource };

    /// <summary>The pointer key of a secret group: <c>secret-&lt;group&gt;</c>.</summary>
    public static string SecretPointer(string group) => SecretPointerPrefix + group;
}
