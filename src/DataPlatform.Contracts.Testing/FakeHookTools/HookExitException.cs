namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>A hook process exited non-zero: Juju discards all of the hook's writes.</summary>
public sealed class HookExitException : Exception
{
    /// <summary>Creates the exception for exit status <paramref name="exitStatus"/>.</summary>
    public HookExitException(int exitStatus) : base($"the hook exited with status {exitStatus}") => ExitStatus = exitStatus;

    /// <summary>The exit status.</summary>
    public int ExitStatus { get; }
}
