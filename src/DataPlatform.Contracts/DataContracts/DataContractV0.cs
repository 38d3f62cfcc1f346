using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.DataContracts;

/// <summary>A response to a V0 client, written flat (docs/protocol/databags.md#v0-mode); the same members as <see cref="ResourceProviderModel"/>.</summary>
[RelationModel]
public partial class DataContractV0 : ResourceProviderModel
{
}
