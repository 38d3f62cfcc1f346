using DataPlatform.Contracts;
using DataPlatform.Contracts.Models;

namespace Charms.Provider;

/// <summary>The charm's response: the standard credentials plus a replication password of its own.</summary>
[RelationModel]
public partial class DatabaseResponse : ResourceProviderModel
{
    /// <summary>Kept in the <c>extra</c> secret next to the standard groups.</summary>
    [ExtraSecret]
    public partial string? ReplicationPassword { get; set; }
}
