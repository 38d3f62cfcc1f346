using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Testing.Tests.Readme;

// The README's "Write a model" example, verbatim.
[RelationModel]
public partial class ClientRequest : RequirerCommonModel
{
    [ExtraSecret] public partial string? OperatorPassword { get; set; }       // secret group "extra"
    [SecretGroup("audit")] public partial string? AuditToken { get; set; }    // a group of your own
}
