namespace DataPlatform.Contracts.Models;

/// <summary>
/// What every response carries: endpoints and the pointers to the provider's secrets
/// (the reference's <c>ProviderCommonModel</c>, docs/protocol/models.md#providercommonmodel-and-resourceprovidermodel).
/// </summary>
[RelationModel]
public partial class ProviderCommonModel : CommonModel
{
    /// <summary>Comma-separated <c>host:port</c> endpoints.</summary>
    public partial string? Endpoints { get; set; }

    /// <summary>Comma-separated read-only endpoints.</summary>
    public partial string? ReadOnlyEndpoints { get; set; }

    /// <summary>URI of the <c>user</c> secret.</summary>
    [SecretPointer(SecretGroups.User)]
    public partial string? SecretUser { get; set; }

    /// <summary>URI of the <c>tls</c> secret.</summary>
    [SecretPointer(SecretGroups.Tls)]
    public partial string? SecretTls { get; set; }

    /// <summary>URI of the <c>extra</c> secret.</summary>
    [SecretPointer(SecretGroups.Extra)]
    public partial string? SecretExtra { get; set; }

    /// <summary>URI of the <c>entity</c> secret.</summary>
    [SecretPointer(SecretGroups.Entity)]
    public partial string? SecretEntity { get; set; }
}
