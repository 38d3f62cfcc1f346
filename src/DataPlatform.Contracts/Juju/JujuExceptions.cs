namespace DataPlatform.Contracts.Juju;

/// <summary>A hook tool failed. Names the tool and what it was about; never carries secret content.</summary>
public class JujuException : DataInterfacesException
{
    /// <summary>Creates the exception.</summary>
    public JujuException(string tool, string message, Exception? inner = null) : base($"{tool}: {message}", inner) => Tool = tool;

    /// <summary>The hook tool, e.g. <c>relation-get</c>.</summary>
    public string Tool { get; }

    /// <summary>
    /// The arguments the tool was run with, after its name, when it was run; the paths of
    /// <c>key#file=</c> arguments are masked.
    /// </summary>
    public IReadOnlyList<string> Argv { get; init; } = Array.Empty<string>();

    /// <summary>The tool's exit status, or null when no tool ran (an in-memory backend, a version gate).</summary>
    public int? ExitStatus { get; init; }

    /// <summary>What the tool wrote on stderr (Juju's <c>ERROR ...</c> line), or null.</summary>
    public string? Stderr { get; init; }
}

/// <summary>The relation does not exist (any more).</summary>
public sealed class RelationNotFoundException : JujuException
{
    /// <summary>Creates the exception for relation <paramref name="relationId"/>.</summary>
    public RelationNotFoundException(string tool, int relationId)
        : base(tool, $"relation {relationId} not found") => RelationId = relationId;

    /// <summary>The relation id.</summary>
    public int RelationId { get; }
}

/// <summary>The unit may not read or write that databag.</summary>
public sealed class RelationAccessDeniedException : JujuException
{
    /// <summary>Creates the exception.</summary>
    public RelationAccessDeniedException(string tool, int relationId, string member)
        : base(tool, $"permission denied on the databag of {member} in relation {relationId}")
    {
        RelationId = relationId;
        Member = member;
    }

    /// <summary>The relation id.</summary>
    public int RelationId { get; }

    /// <summary>The unit or application whose databag it was.</summary>
    public string Member { get; }
}

/// <summary>Only the leader may do this.</summary>
public sealed class NotLeaderException : JujuException
{
    /// <summary>Creates the exception.</summary>
    public NotLeaderException(string tool, string what) : base(tool, $"this unit is not the leader ({what})") { }
}

/// <summary>No secret with that id or label is visible to this unit.</summary>
public sealed class SecretNotFoundException : JujuException
{
    /// <summary>Creates the exception for the id or label <paramref name="reference"/>.</summary>
    public SecretNotFoundException(string tool, string reference) : base(tool, $"secret {reference} not found") => Reference = reference;

    /// <summary>The id or label asked for.</summary>
    public string Reference { get; }
}

/// <summary>The secret exists but this unit may not read or change it.</summary>
public sealed class SecretAccessDeniedException : JujuException
{
    /// <summary>Creates the exception for secret <paramref name="reference"/>.</summary>
    public SecretAccessDeniedException(string tool, string reference) : base(tool, $"permission denied on secret {reference}") => Reference = reference;

    /// <summary>The id or label asked for.</summary>
    public string Reference { get; }
}

/// <summary>An action tool was called outside an action (<c>ERROR not running an action</c>).</summary>
public sealed class NotInActionException : JujuException
{
    /// <summary>Creates the exception.</summary>
    public NotInActionException(string tool) : base(tool, "not running an action") { }
}
