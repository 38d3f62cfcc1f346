namespace DataPlatform.Contracts.Juju;

/// <summary>A hook tool is not on <c>PATH</c>: the process is not running inside a Juju hook.</summary>
public sealed class HookToolMissingException : JujuException
{
    /// <summary>Creates the exception for <paramref name="tool"/>.</summary>
    public HookToolMissingException(string tool)
        : base(tool, $"juju hook tool '{tool}' is not on PATH: not running inside a Juju hook?") { }
}

/// <summary>A hook tool ran longer than allowed and was killed; the hook should fail so that Juju retries it.</summary>
public sealed class HookToolTimeoutException : JujuException
{
    /// <summary>Creates the exception for <paramref name="tool"/> killed after <paramref name="timeout"/>.</summary>
    public HookToolTimeoutException(string tool, TimeSpan timeout)
        : base(tool, $"no answer within {timeout.TotalSeconds:0.#} s; the tool was killed") => Timeout = timeout;

    /// <summary>How long the tool was given.</summary>
    public TimeSpan Timeout { get; }
}

/// <summary>
/// A hook tool succeeded but its answer is not what Juju answers: malformed or empty JSON, or the
/// wrong shape. Names the tool and the relation or secret it was about, never the answer's content.
/// </summary>
public sealed class HookToolAnswerException : JujuException
{
    /// <summary>Creates the exception: <paramref name="about"/> says what was asked, <paramref name="problem"/> what was wrong.</summary>
    public HookToolAnswerException(string tool, string about, string problem) : base(tool, $"unexpected answer about {about}: {problem}") => About = about;

    /// <summary>What the call was about, e.g. <c>the databag of db in relation 5</c> or <c>secret secret:cs1</c>.</summary>
    public string About { get; }
}

/// <summary>The running Juju is too old for what was asked; raised before any tool runs.</summary>
public sealed class JujuVersionException : JujuException
{
    /// <summary>Creates the exception: <paramref name="feature"/> needs <paramref name="required"/>, Juju is <paramref name="actual"/>.</summary>
    public JujuVersionException(string tool, string feature, JujuVersion required, JujuVersion actual)
        : base(tool, $"{feature} need Juju {required} or later; this is Juju {actual}")
    {
        Required = required;
        Actual = actual;
    }

    /// <summary>The oldest Juju that has the feature.</summary>
    public JujuVersion Required { get; }

    /// <summary>The running Juju.</summary>
    public JujuVersion Actual { get; }
}
