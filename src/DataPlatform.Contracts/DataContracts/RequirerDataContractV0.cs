using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.DataContracts;

/// <summary>
/// A request as a V0 client writes it: flat databag keys (docs/protocol/models.md#contracts, docs/protocol/databags.md#v0-requirer). Remembers which
/// key named the resource, since a V1 provider echoes the resource back under it.
/// </summary>
[RelationModel]
public partial class RequirerDataContractV0 : RequirerCommonModel
{
    /// <summary>Always <c>v0</c>.</summary>
    [WireLiteral("v0")]
    [WireDefault("v0")]
    public partial string Version { get; set; }

    /// <summary>The V0 key the resource came from (<c>database</c>, <c>topic</c>, ...), or <c>""</c>.</summary>
    [AliasUsedFor(nameof(Resource))]
    public partial string OriginalField { get; set; }
}
