using DataPlatform.Contracts;
using DataPlatform.Contracts.Models;

namespace Charms.Requirer;

/// <summary>The application's request: the standard fields plus an audit token it shares in a secret of its own.</summary>
[RelationModel]
public partial class ClientRequest : RequirerCommonModel
{
    /// <summary>Kept in an <c>audit</c> secret owned by the application; the request carries only <c>secret-audit</c>.</summary>
    [SecretGroup("audit")]
    public partial string? AuditToken { get; set; }
}
