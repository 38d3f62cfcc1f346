namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>
/// One call of a fake hook tool, as it arrived and as it was answered.
/// </summary>
/// <param name="Tool">The tool's name, e.g. <c>relation-get</c>.</param>
/// <param name="Args">Its arguments after the name, exactly as received.</param>
/// <param name="Stdin">What it read on stdin (only for <c>--file -</c>), or null.</param>
/// <param name="Files">
/// The content of each <c>key#file=path</c> argument, by key, copied before the tool returned
/// (the caller deletes the files afterwards). Holds secret content: assert on it, never print it.
/// </param>
/// <param name="ExitStatus">The exit status it answered.</param>
/// <param name="Stdout">What it printed on stdout.</param>
/// <param name="Stderr">What it printed on stderr (Juju's <c>ERROR ...</c> line).</param>
public sealed record FakeHookToolCall(
    string Tool,
    IReadOnlyList<string> Args,
    string? Stdin,
    IReadOnlyDictionary<string, string> Files,
    int ExitStatus,
    string Stdout,
    string Stderr)
{
    /// <summary>The whole argv: the tool's name, then its arguments.</summary>
    public IReadOnlyList<string> Argv => [Tool, .. Args];
}
