namespace DataPlatform.Contracts;

/// <summary>
/// Marks a <c>partial</c> class or record as a relation data model: the source generator emits its
/// databag and JSON serialization, secret extraction, explicitly-set tracking and wire-name access.
/// </summary>
/// <remarks>
/// Members are the instance properties with a getter and a setter, in declaration order, base
/// models first. Declare them as <c>partial</c> properties to get exact explicitly-set tracking
/// (what <c>Update</c> copies); plain auto-properties are serialized too and count as always set.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class RelationModelAttribute : Attribute
{
    /// <summary>
    /// When true, keys the model does not declare are dropped on read (as the reference's contracts,
    /// <c>EntityPermissionModel</c> and <c>RelationStatus</c> do); by default they are kept and
    /// written back after the declared members.
    /// </summary>
    public bool IgnoreUnknownKeys { get; set; }
}
