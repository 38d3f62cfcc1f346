using System.ComponentModel;

namespace DataPlatform.Contracts.Generated;

/// <summary>What a member is on the wire and which rules it carries. Used by generated code.</summary>
[Flags]
[EditorBrowsable(EditorBrowsableState.Never)]
public enum MemberFlags
{
    /// <summary>A plain, optional, tracked databag or request-object key.</summary>
    None = 0,
    /// <summary>Null is a valid value, so null means "absent" in a compact dump.</summary>
    Nullable = 1,
    /// <summary>No default: a read without the key is <c>missing</c>, and so is a model never given it.</summary>
    Required = 2,
    /// <summary>Lives in its group's Juju secret, never in the databag.</summary>
    Secret = 4,
    /// <summary>The <c>secret-&lt;group&gt;</c> key holding the group's secret URI.</summary>
    Pointer = 8,
    /// <summary>Receives the alias another member was read from; never written.</summary>
    AliasRecord = 16,
    /// <summary><c>Update</c> leaves it alone (<c>[KeepOnUpdate]</c>).</summary>
    KeepOnUpdate = 32,
    /// <summary>The user implemented the property, so the model cannot tell when it is set: it always counts as set.</summary>
    Untracked = 64,
}
