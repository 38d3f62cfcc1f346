namespace DataPlatform.Contracts.Generator.Model;

/// <summary>The shapes of member values the generator can read and write.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Enum,
    /// <summary>A <c>WireValue</c>: any JSON, kept as decoded.</summary>
    Json,
    StringList,
    Model,
    ModelList,
}

/// <summary>What a member is on the wire.</summary>
internal enum MemberRole
{
    /// <summary>A databag key or request-object key.</summary>
    Plain,
    /// <summary>A key in the content of its group's Juju secret; never written to the databag.</summary>
    Secret,
    /// <summary>The <c>secret-&lt;group&gt;</c> key holding a secret's URI.</summary>
    Pointer,
    /// <summary>Receives the alias another member was read from; never written.</summary>
    AliasRecord,
    /// <summary>Lives only in memory.</summary>
    NotSerialized,
}

/// <summary>Where a member's initial value comes from, and so what a compact dump leaves out.</summary>
internal enum DefaultKind
{
    /// <summary>No default: the key must be present when reading (pydantic "Field required").</summary>
    Required,
    /// <summary>Nullable member: starts null.</summary>
    Null,
    /// <summary>A constant (<c>[WireDefault]</c> or the type's empty value); equal values are left out of compact dumps.</summary>
    Constant,
    /// <summary>A static factory method (<c>[WireDefaultFactory]</c>); always kept in compact dumps.</summary>
    Factory,
    /// <summary>A plain auto-property: its own initializer, unknown here; always kept.</summary>
    Initializer,
}
