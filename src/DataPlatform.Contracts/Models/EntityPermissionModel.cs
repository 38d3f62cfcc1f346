using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Models;

/// <summary>
/// One permission requested for an entity. Its keys are underscored on the wire
/// (<c>resource_name</c>), unlike every other model; unknown keys are dropped (docs/protocol/models.md#entitypermissionmodel).
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

    /// <summary>
    /// The privileges granted, a JSON list (e.g. <c>["SELECT"]</c>). Upstream types it as an untyped
    /// <c>list</c>, so any list is accepted and written back as it came, whatever its items
    /// (docs/protocol/models.md#entitypermissionmodel); <see cref="WireValue.FromStrings"/> builds the usual list of names.
    /// </summary>
    [WireName("privileges")]
    public partial WireValue Privileges { get; set; }

    // pydantic's `list` field: anything but a JSON array is refused.
    partial void OnValidate(ModelReadContext context)
    {
        if (Privileges is not { Kind: WireValueKind.Array })
        {
            context.AddIssue("list_type", "privileges", nameof(Privileges), "Input should be a valid list");
        }
    }
}
