namespace DataPlatform.Contracts;

/// <summary>The built-in secret group names.</summary>
public static class SecretGroups
{
    /// <summary><c>user</c>: username, password, uris, read-only-uris.</summary>
    public const string User = "user";

    /// <summary><c>tls</c>: tls, tls-ca.</summary>
    public const string Tls = "tls";

    /// <summary><c>mtls</c>: mtls-cert.</summary>
    public const string Mtls = "mtls";

    /// <summary><c>extra</c>: any other secret member.</summary>
    public const string Extra = "extra";

    /// <summary><c>entity</c>: entity-name, entity-password.</summary>
    public const string Entity = "entity";
}
