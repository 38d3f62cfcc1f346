namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>
/// Runs one Juju hook tool as a child process and returns how it ended. The seam under
/// <see cref="HookToolBackend"/>: <see cref="ProcessHookToolRunner"/> in a hook, a fake in tests.
/// </summary>
public interface IHookToolRunner
{
    /// <summary>
    /// Runs <paramref name="tool"/> with <paramref name="args"/> (never through a shell), writing
    /// <paramref name="stdin"/> to its standard input and closing it.
    /// </summary>
    /// <exception cref="HookToolMissingException">The tool is not on PATH.</exception>
    /// <exception cref="HookToolTimeoutException">It did not finish in time and was killed.</exception>
    HookToolResult Run(string tool, IReadOnlyList<string> args, string? stdin);
}

/// <summary>How a hook tool ended.</summary>
/// <param name="ExitStatus">0 for success; Juju uses 1 for errors in the tool's work and 2 for bad arguments (and unknown relation ids).</param>
/// <param name="Stdout">Its standard output (UTF-8).</param>
/// <param name="Stderr">Its standard error (UTF-8), Juju's <c>ERROR ...</c> line on failure.</param>
public sealed record HookToolResult(int ExitStatus, string Stdout, string Stderr);
