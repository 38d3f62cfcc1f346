using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.AotSample;

/// <summary>A request with two secrets of its own: one in the <c>extra</c> group, one in <c>mygroup</c>.</summary>
[RelationModel]
public partial class ExtendedCommonModel : RequirerCommonModel
{
    /// <summary>URI of the <c>extra</c> secret (every secret group needs its pointer).</summary>
    [SecretPointer(SecretGroups.Extra)]
    public partial string? SecretExtra { get; set; }

    /// <summary>URI of the <c>mygroup</c> secret.</summary>
    [SecretPointer("mygroup")]
    public partial string? SecretMygroup { get; set; }

    /// <summary>Kept in the <c>extra</c> secret.</summary>
    [ExtraSecret]
    public partial string? OperatorPassword { get; set; }

    /// <summary>Kept in the <c>mygroup</c> secret.</summary>
    [SecretGroup("mygroup")]
    public partial string? AuditToken { get; set; }
}
