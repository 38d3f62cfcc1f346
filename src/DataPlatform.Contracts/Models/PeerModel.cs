namespace DataPlatform.Contracts.Models;

/// <summary>
/// Base of a charm's peer-relation data (docs/protocol/models.md#peermodel): declares nothing; derive a
/// <c>[RelationModel]</c> class and add members. Secret members are found by label alone, without
/// <c>secret-&lt;group&gt;</c> pointers.
/// </summary>
[RelationModel]
public partial class PeerModel
{
}
