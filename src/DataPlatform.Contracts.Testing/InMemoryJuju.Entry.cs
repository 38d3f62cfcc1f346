using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing;

/// <summary>The in-memory Juju as the backend of <see cref="JujuCharm.Run(IReadOnlyDictionary{string, string}, Func{HookEnvironment, IJujuBackend}, Func{CharmHost, object}, TextWriter?, string?)"/>.</summary>
public sealed partial class InMemoryJuju
{
    /// <summary>
    /// The backend of one hook that a charm process runs through <see cref="JujuCharm"/>: the unit
    /// and hook come from <paramref name="environment"/>. It is an <see cref="IHookCommit"/>: its
    /// writes reach the model (and the hook enters <see cref="History"/>) only when
    /// <see cref="JujuCharm"/> flushes it after a successful dispatch; its log lines are kept at
    /// once, as <c>juju-log</c>'s are. Run one such hook at a time.
    /// </summary>
    /// <param name="environment">What the entry point parsed.</param>
    /// <param name="actionParameters">For an action, its parameters as <c>juju run</c> takes them (checked like <see cref="RunAction"/>).</param>
    /// <exception cref="ArgumentException">No such unit; or the action's parameters do not fit its schema.</exception>
    public IJujuBackend HookBackend(HookEnvironment environment, IReadOnlyDictionary<string, string>? actionParameters = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var unit = environment.UnitName;
        var app = State.AppOfUnit(unit) ?? throw new ArgumentException($"no unit {unit}", nameof(environment));
        var hook = environment.Hook;
        var action = hook.ActionName is { } name
            ? new ActionRun(name, hook.ActionId ?? (_actions.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ActionParams.Validate(app.Metadata, name, actionParameters))
            : null;
        if (!_logs.TryGetValue(unit, out var logs)) _logs[unit] = logs = new List<LogLine>();
        return new UnitBackend(State, unit, hook, action, logs.Add, backend =>
        {
            if (CommitRules.Check(backend) is { } failure) throw failure;
            var result = new HookResult(true, null, backend.Logs.ToArray());
            State = backend.Working;
            _history.Add(new HookRun(_history.Count + 1, unit, hook, result));
            if (action is not null) _actions.Add(action.Finish(unit, result));
        });
    }
}
