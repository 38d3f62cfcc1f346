namespace DataPlatform.Contracts.Juju;

/// <summary>Who owns a new secret.</summary>
public enum SecretOwner
{
    /// <summary>The application: only its leader manages it.</summary>
    Application,

    /// <summary>The unit.</summary>
    Unit,
}

/// <summary>Which revision <c>secret-get</c> returns.</summary>
public enum SecretRead
{
    /// <summary>The revision this unit tracks (the first it read).</summary>
    Tracked,

    /// <summary>The latest, without tracking it (<c>--peek</c>).</summary>
    Peek,

    /// <summary>The latest, and track it from now on (<c>--refresh</c>; consumers only).</summary>
    Refresh,
}

/// <summary>Metadata of an owned secret.</summary>
/// <param name="Id">The secret's id.</param>
/// <param name="Label">The owner's label.</param>
/// <param name="Revision">The latest revision.</param>
public sealed record SecretInfo(string Id, string? Label, int Revision);

/// <summary>Severity of a <c>juju-log</c> line.</summary>
public enum JujuLogLevel
{
    /// <summary>DEBUG.</summary>
    Debug,

    /// <summary>INFO.</summary>
    Info,

    /// <summary>WARNING.</summary>
    Warning,

    /// <summary>ERROR.</summary>
    Error,
}

/// <summary>A workload status, as <c>status-set</c> takes it.</summary>
public enum WorkloadStatus
{
    /// <summary><c>active</c>: ready to serve.</summary>
    Active,

    /// <summary><c>blocked</c>: needs a human.</summary>
    Blocked,

    /// <summary><c>waiting</c>: waiting on something outside the unit.</summary>
    Waiting,

    /// <summary><c>maintenance</c>: busy with work of its own.</summary>
    Maintenance,
}
