using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Juju.HookTools;
using DataPlatform.Contracts.Testing.FakeHookTools;

namespace DataPlatform.Contracts.Testing;

/// <summary>Hooks whose charm reaches the unit through fake hook tools, as a real charm process does.</summary>
public sealed partial class InMemoryJuju
{
    /// <summary>The <c>JUJU_MODEL_UUID</c> fake hook tool sessions give by default.</summary>
    public const string FakeModelUuid = "0f0e0d0c-0b0a-4908-8706-050403020100";

    /// <summary>The <c>JUJU_VERSION</c> fake hook tool sessions give by default.</summary>
    public const string FakeJujuVersion = "3.6.12";

    /// <summary>
    /// Runs <paramref name="hook"/> on <paramref name="unitName"/> through fake hook tools:
    /// <paramref name="run"/> gets a <see cref="FakeHookToolsSession"/> whose
    /// <see cref="FakeHookToolsSession.Environment"/> a charm (in this process, or a child process
    /// started with it) uses to reach the unit, and returns the charm's exit status. Exit 0 commits
    /// the hook's writes (unless Juju's commit checks fail); anything else, or an exception from
    /// <paramref name="run"/>, discards them all, as Juju does.
    /// </summary>
    public FakeHookToolsRun RunHookThroughTools(
        string unitName, HookContext hook, Func<FakeHookToolsSession, int> run, string jujuVersion = FakeJujuVersion, string modelUuid = FakeModelUuid)
    {
        ArgumentNullException.ThrowIfNull(hook);
        ArgumentNullException.ThrowIfNull(run);
        var backend = new UnitBackend(State, unitName, hook);
        var (error, status, calls) = FakeToolsHook.Run(backend, run, jujuVersion, modelUuid);
        var (state, result) = CommitRules.Finish(State, backend, error);
        result = result with { ToolCalls = calls };
        Record(unitName, hook, state, result);
        return new FakeHookToolsRun(result, status, calls);
    }

    /// <summary>
    /// Runs the deployed charm of <paramref name="unitName"/> in this process the way its
    /// <c>dispatch</c> would in Juju, through fake hook tools: a <see cref="HookToolBackend"/> over
    /// <see cref="ProcessHookToolRunner"/> with the session's environment, the charm built on a
    /// <see cref="CharmHost"/>, the hook dispatched, <see cref="HookToolBackend.Flush"/>, exit 0;
    /// an exception is exit 1.
    /// </summary>
    public FakeHookToolsRun RunCharmThroughTools(string unitName, HookContext hook, string jujuVersion = FakeJujuVersion)
    {
        var app = State.AppOfUnit(unitName) ?? throw new ArgumentException($"no unit {unitName}", nameof(unitName));
        return RunHookThroughTools(unitName, hook, session =>
        {
            // The hook as the charm's entry point reads it from the environment: secret ids in Juju's form.
            var seen = hook.SecretId is null ? hook : hook with { SecretId = session.Environment["JUJU_SECRET_ID"] };
            var backend = new HookToolBackend(unitName, session.ModelUuid, seen, JujuVersion.Parse(session.JujuVersion), new ProcessHookToolRunner(session.Environment));
            var host = new CharmHost(backend, app.Metadata);
            GC.KeepAlive(app.Charm(host));
            host.Dispatch();
            backend.Flush();
            return 0;
        }, jujuVersion);
    }
}
