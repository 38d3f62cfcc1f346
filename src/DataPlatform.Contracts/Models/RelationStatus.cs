namespace DataPlatform.Contracts.Models;

/// <summary>
/// A status the provider raises on the relation (docs/protocol/models.md#relationstatus): a code, a message and how to
/// resolve it. Unknown keys are dropped.
/// </summary>
[RelationModel(IgnoreUnknownKeys = true)]
public sealed partial class RelationStatus
{
    /// <summary>The status code; its thousands digit classifies it.</summary>
    public partial int Code { get; set; }

    /// <summary>What happened.</summary>
    public partial string Message { get; set; }

    /// <summary>What the client can do about it.</summary>
    public partial string Resolution { get; set; }

    /// <summary>The classification by the code's thousands digit.</summary>
    public StatusSeverity Severity => (Code / 1000) switch
    {
        1 => StatusSeverity.Informational,
        4 => StatusSeverity.Transitory,
        5 => StatusSeverity.Fatal,
        _ => StatusSeverity.Unclassified,
    };
}

/// <summary>How a <see cref="RelationStatus"/> code is classified.</summary>
public enum StatusSeverity
{
    /// <summary>Codes outside 1xxx, 4xxx and 5xxx.</summary>
    Unclassified,

    /// <summary>1xxx: for information.</summary>
    Informational,

    /// <summary>4xxx: transitory; expected to resolve.</summary>
    Transitory,

    /// <summary>5xxx: fatal; needs action.</summary>
    Fatal,
}
