namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>A hook run through the fake hook tools: how it ended and every tool call it made.</summary>
/// <param name="Result">Committed only when the run returned exit status 0 and Juju's commit checks passed.</param>
/// <param name="ExitStatus">The exit status the run returned (1 when it threw).</param>
/// <param name="Calls">The tool calls, in order.</param>
public sealed record FakeHookToolsRun(HookResult Result, int ExitStatus, IReadOnlyList<FakeHookToolCall> Calls);
