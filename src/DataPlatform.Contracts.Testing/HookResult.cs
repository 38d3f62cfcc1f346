namespace DataPlatform.Contracts.Testing;

/// <summary>How one hook run ended.</summary>
/// <param name="Committed">True when the hook succeeded and its writes were committed; false when they were all discarded.</param>
/// <param name="Error">What failed the hook (the charm's exception, or the commit's), or null.</param>
/// <param name="Logs">The lines the unit logged during the hook (kept even when the hook failed).</param>
public sealed record HookResult(bool Committed, Exception? Error, IReadOnlyList<LogLine> Logs)
{
    /// <summary>The hook tool calls of a charm that reached the unit through fake hook tools, in order; empty otherwise.</summary>
    public IReadOnlyList<FakeHookTools.FakeHookToolCall> ToolCalls { get; init; } = Array.Empty<FakeHookTools.FakeHookToolCall>();

    /// <summary>What a charm run as a process printed, stdout then stderr (Juju keeps it in the unit's log); empty otherwise.</summary>
    public string Output { get; init; } = "";
}
