namespace DataPlatform.Contracts.Models;

/// <summary>The kind of entity a request asks for instead of (or besides) a resource.</summary>
public enum EntityType
{
    /// <summary>A database user (<c>USER</c>).</summary>
    [WireName("USER")]
    User,

    /// <summary>A database group or role (<c>GROUP</c>).</summary>
    [WireName("GROUP")]
    Group,
}
