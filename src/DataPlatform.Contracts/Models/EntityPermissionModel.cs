namespace DataPlatform.Contracts;

/// <summary>
/// One permission requested for an entity. Its keys are underscored on the wire
/// (<c>resource_name</c>), unlike every other model; unknown keys are dropped (wire-format.md 2.5).
/// </summary>
[RelationModel(IgnoreUnknownKeys = true)]
public sealed partial class EntityPermissionModel
{
    /// <summary>The name of the resource the privileges apply to (e.g. a table).</summary>
    [WireName("resource_name")]
    public partial string ResourceName { get; set; }

    /// <summary>The kind of resource (e.g. <c>TABLE</c>).</summary>
    [WireName("resource_type")]
    public partial string ResourceType { get; set; }

    /// <summary>The privileges granted (e.g. <c>SELECT</c>).</summary>
    [WireName("privileges")]
    public partial List<string> Privileges { get; set; }
}
