namespace DataPlatform.Contracts.Models;

/// <summary>One client request (the reference's <c>RequirerCommonModel</c>, docs/protocol/models.md#requirercommonmodel).</summary>
[RelationModel]
public partial class RequirerCommonModel : CommonModel
{
    /// <summary>Extra roles for the requested user.</summary>
    public partial string? ExtraUserRoles { get; set; }

    /// <summary>Extra roles for the requested group.</summary>
    public partial string? ExtraGroupRoles { get; set; }

    /// <summary>Whether the client connects from outside the model's network.</summary>
    [WireDefault(false)]
    public partial bool ExternalNodeConnectivity { get; set; }

    /// <summary>Asks for an entity (a user or a group) rather than only a resource.</summary>
    public partial EntityType? EntityType { get; set; }

    /// <summary>Permissions for the requested entity.</summary>
    public partial List<EntityPermissionModel>? EntityPermissions { get; set; }

    /// <summary>URI of the requirer-owned secret holding <see cref="MtlsCert"/>.</summary>
    [SecretPointer(SecretGroups.Mtls)]
    public partial string? SecretMtls { get; set; }

    /// <summary>The client certificate for mTLS, kept in the <c>mtls</c> secret.</summary>
    [MtlsSecret]
    public partial string? MtlsCert { get; set; }

    // Upstream's validate_fields: the role field must match the entity type.
    partial void OnValidate(ModelReadContext context)
    {
        if (EntityType == Models.EntityType.User && !string.IsNullOrEmpty(ExtraGroupRoles))
        {
            context.AddIssue("value_error", null, nameof(ExtraGroupRoles), "Value error, Inconsistent entity information. Use extra_user_roles instead");
        }
        if (EntityType == Models.EntityType.Group && !string.IsNullOrEmpty(ExtraUserRoles))
        {
            context.AddIssue("value_error", null, nameof(ExtraUserRoles), "Value error, Inconsistent entity information. Use extra_group_roles instead");
        }
    }
}
