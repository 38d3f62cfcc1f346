namespace DataPlatform.Contracts.Models;

/// <summary>
/// A response with credentials (the reference's <c>ResourceProviderModel</c>, docs/protocol/models.md#providercommonmodel-and-resourceprovidermodel):
/// the secret members live in the <c>user</c>, <c>tls</c> and <c>entity</c> secrets.
/// </summary>
[RelationModel]
public partial class ResourceProviderModel : ProviderCommonModel
{
    /// <summary>The user name created for the client.</summary>
    [UserSecret]
    public partial string? Username { get; set; }

    /// <summary>Its password.</summary>
    [UserSecret]
    public partial string? Password { get; set; }

    /// <summary>Connection URIs.</summary>
    [UserSecret]
    public partial string? Uris { get; set; }

    /// <summary>Read-only connection URIs.</summary>
    [UserSecret]
    public partial string? ReadOnlyUris { get; set; }

    /// <summary>Whether TLS is enabled (stored as <c>true</c>/<c>false</c>).</summary>
    [TlsSecret]
    public partial bool? Tls { get; set; }

    /// <summary>The CA certificate.</summary>
    [TlsSecret]
    public partial string? TlsCa { get; set; }

    /// <summary>The name of the requested entity.</summary>
    [EntitySecret]
    public partial string? EntityName { get; set; }

    /// <summary>The requested entity's password.</summary>
    [EntitySecret]
    public partial string? EntityPassword { get; set; }

    /// <summary>The server's version (e.g. <c>16.2</c>); not the contract version.</summary>
    public partial string? Version { get; set; }
}
