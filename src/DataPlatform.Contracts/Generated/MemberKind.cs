using System.ComponentModel;

namespace DataPlatform.Contracts.Generated;

/// <summary>The shape of a member's value, which decides how a databag holds it. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum MemberKind
{
    /// <summary>A string: a databag holds it as its raw text (docs/protocol/serialization.md#reading-a-databag-into-a-model).</summary>
    String,
    /// <summary>A bool.</summary>
    Boolean,
    /// <summary>A 32-bit integer.</summary>
    Int32,
    /// <summary>A 64-bit integer.</summary>
    Int64,
    /// <summary>A float.</summary>
    Double,
    /// <summary>An enum written as its wire name: a databag holds the name as raw text.</summary>
    Enum,
    /// <summary>A <c>WireValue</c>: any JSON, kept as decoded.</summary>
    Json,
    /// <summary>A list of strings.</summary>
    StringList,
    /// <summary>A nested model.</summary>
    Model,
    /// <summary>A list of nested models.</summary>
    ModelList,
}
