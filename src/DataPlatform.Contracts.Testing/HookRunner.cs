using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.FakeHookTools;
using DataPlatform.Contracts.Testing.State;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// Runs one hook the way a charm process runs: a fresh backend and <see cref="CharmHost"/>, the
/// charm built on it, the hook's observers dispatched; then commit or discard.
/// </summary>
internal static class HookRunner
{
    /// <summary>Runs <paramref name="hook"/> on <paramref name="unitName"/> against <paramref name="committed"/>.</summary>
    public static (ModelState State, HookResult Result) Run(ModelState committed, string unitName, HookContext hook, ActionRun? action = null)
    {
        var app = committed.AppOfUnit(unitName) ?? throw new ArgumentException($"no unit {unitName}", nameof(unitName));
        var backend = new UnitBackend(committed, unitName, hook, action);
        if (app.Process is { } process) return RunProcess(committed, backend, process);
        Exception? error = null;
        try
        {
            var host = new CharmHost(backend, app.Metadata);
            GC.KeepAlive(app.Charm(host));
            host.Dispatch();
        }
#pragma warning disable CA1031 // A charm's exception fails its hook, whatever it is; the test reads it from the result.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = e;
        }

        return CommitRules.Finish(committed, backend, error);
    }

    // A charm deployed as a process: started with the session's environment, its exit status is the hook's.
    private static (ModelState State, HookResult Result) RunProcess(ModelState committed, UnitBackend backend, CharmProcess process)
    {
        var output = "";
        var (error, _, calls) = FakeToolsHook.Run(
            backend,
            session =>
            {
                (var status, output) = process.Run(session.Environment);
                return status;
            },
            InMemoryJuju.FakeJujuVersion,
            InMemoryJuju.FakeModelUuid);
        var (state, result) = CommitRules.Finish(committed, backend, error);
        return (state, result with { ToolCalls = calls, Output = output });
    }
}
