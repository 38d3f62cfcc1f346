using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.State;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// Deploying from a charm's own metadata file, config, actions and workload status of
/// <see cref="InMemoryJuju"/>.
/// </summary>
public sealed partial class InMemoryJuju
{
    private readonly List<ActionResult> _actions = new();

    /// <summary>
    /// Deploys <paramref name="appName"/> with the metadata of <paramref name="metadataPath"/>: a
    /// <c>charmcraft.yaml</c> or <c>metadata.yaml</c> file, or a charm directory holding one.
    /// </summary>
    /// <exception cref="CharmMetadataException">The file is missing or not charm metadata.</exception>
    public AppHandle Deploy(string appName, string metadataPath, Func<CharmHost, object> charm, int units = 1) =>
        Deploy(appName, CharmMetadata.Load(metadataPath), charm, units);

    /// <summary>
    /// Sets config values of <paramref name="app"/> like <c>juju config app key=value</c> (a null
    /// value resets the option to its default), then runs <c>config-changed</c> on each of its units.
    /// </summary>
    /// <exception cref="ArgumentException">An option the charm does not declare, or a value not of its type.</exception>
    public IReadOnlyList<HookResult> Configure(string app, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!State.Apps.TryGetValue(app, out var record)) throw new ArgumentException($"{app} is not deployed", nameof(app));
        var config = record.Config;
        foreach (var (name, text) in values)
        {
            var option = record.Metadata.ConfigOption(name) ?? throw new ArgumentException($"{app} has no config option \"{name}\"", nameof(values));
            config = text is null
                ? config.Remove(name)
                : config.SetItem(name, ConfigValues.Parse(option.Type, text) ?? throw new ArgumentException($"option \"{name}\" expected {option.Type}, got \"{text}\"", nameof(values)));
        }

        State = State with { Apps = State.Apps.SetItem(app, record with { Config = config }) };
        return record.Units.Select(unit => RunHook(unit, new HookContext("config-changed"))).ToArray();
    }

    /// <summary>
    /// Runs action <paramref name="action"/> on <paramref name="unitName"/> like <c>juju run</c>:
    /// the parameters (command-line text, read by each parameter's declared type) are checked
    /// against the action's schema and completed with its defaults, then the action runs as a hook
    /// named <c>&lt;action&gt;-action</c>. Its databag, secret and status writes commit only when it
    /// succeeds; its results, failure and log are reported either way.
    /// </summary>
    /// <exception cref="ArgumentException">No such action, or parameters its schema rejects (nothing runs).</exception>
    public ActionResult RunAction(string unitName, string action, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var app = State.AppOfUnit(unitName) ?? throw new ArgumentException($"no unit {unitName}", nameof(unitName));
        var run = new ActionRun(action, (_actions.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ActionParams.Validate(app.Metadata, action, parameters));
        var hook = HookContext.ForAction(action, run.Id);
        var (state, result) = HookRunner.Run(State, unitName, hook, run);
        Record(unitName, hook, state, result);
        var outcome = run.Finish(unitName, result);
        _actions.Add(outcome);
        return outcome;
    }

    /// <summary>Every action run so far, oldest first.</summary>
    public IReadOnlyList<ActionResult> ActionRuns => _actions;

    /// <summary>The committed status history of a unit or an application, oldest first (empty when it never set one).</summary>
    public IReadOnlyList<StatusView> StatusHistory(string unitOrApp) =>
        State.Statuses.TryGetValue(unitOrApp, out var history) ? history : Array.Empty<StatusView>();

    /// <summary>The current status of a unit or an application, or null when it never set one.</summary>
    public StatusView? Status(string unitOrApp) => StatusHistory(unitOrApp) is { Count: > 0 } history ? history[^1] : null;

    /// <summary>The config values <c>config-get</c> would show to units of <paramref name="app"/>.</summary>
    public IReadOnlyDictionary<string, Wire.WireValue> Config(string app) =>
        State.Apps.TryGetValue(app, out var record) ? record.EffectiveConfig() : throw new ArgumentException($"{app} is not deployed", nameof(app));

    private void Record(string unitName, HookContext hook, ModelState state, HookResult result)
    {
        State = state;
        if (!_logs.TryGetValue(unitName, out var logs)) _logs[unitName] = logs = new List<LogLine>();
        logs.AddRange(result.Logs);
        var run = new HookRun(_history.Count + 1, unitName, hook, result);
        _history.Add(run);
        HookRan?.Invoke(run);
    }
}
