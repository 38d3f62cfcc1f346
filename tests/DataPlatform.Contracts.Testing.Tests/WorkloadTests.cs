using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.Tests.Charms;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>
/// Unit and application status, config and actions through <see cref="CharmHost"/>, modelled by the
/// in-memory Juju with the hook tools' rules (docs/hook-tools.md#tools "Supporting tools", 2.1).
/// </summary>
public sealed class WorkloadTests
{
    private readonly InMemoryJuju _juju = new();
    private readonly Dictionary<string, Action<CharmHost>> _hooks = new();
    private readonly Dictionary<string, Action<CharmHost, CharmAction>> _actions = new();

    public WorkloadTests()
    {
        _juju.Deploy("db", Metadata.DbDirectory, host =>
        {
            foreach (var (hook, run) in _hooks) host.Observe(hook, _ => run(host));
            foreach (var (action, run) in _actions) host.ObserveAction(action, a => run(host, a));
            return host;
        }, units: 2);
    }

    private HookResult Hook(string unit, Action<CharmHost> body)
    {
        _hooks["test-hook"] = body;
        return _juju.RunHook(unit, new HookContext("test-hook"));
    }

    [Fact]
    public void Unit_status_history_keeps_committed_hooks_only()
    {
        Assert.True(Hook("db/0", host => host.Unit.SetStatus(WorkloadStatus.Maintenance, "installing")).Committed);
        Assert.True(Hook("db/0", host => host.Unit.SetStatus(WorkloadStatus.Active, "ready")).Committed);
        Assert.False(Hook("db/0", host =>
        {
            host.Unit.SetStatus(WorkloadStatus.Blocked, "lost");
            throw new InvalidOperationException("boom");
        }).Committed);

        Assert.Equal(new[] { new StatusView(WorkloadStatus.Maintenance, "installing"), new StatusView(WorkloadStatus.Active, "ready") }, _juju.StatusHistory("db/0"));
        Assert.Null(_juju.Status("db/1"));
        Assert.Null(_juju.Status("db"));
    }

    [Fact]
    public void Application_status_is_for_the_leader_only()
    {
        var refused = Hook("db/1", host => host.App.SetStatus(WorkloadStatus.Blocked, "no"));
        Assert.IsType<NotLeaderException>(refused.Error);

        Assert.True(Hook("db/0", host => host.App.SetStatus(WorkloadStatus.Active, "2 units")).Committed);
        Assert.Equal(new StatusView(WorkloadStatus.Active, "2 units"), _juju.Status("db"));
        Assert.Null(_juju.Status("db/0"));
    }

    [Fact]
    public void Config_reads_metadata_defaults_and_typed_values()
    {
        (long?, double?, bool?, string?) read = default;
        Assert.True(Hook("db/0", host => read = (host.Config.GetInt("port"), host.Config.GetFloat("ratio"), host.Config.GetBool("tls"), host.Config.GetString("greeting"))).Committed);

        Assert.Equal((5432L, 0.5, false, (string?)null), read);
        Assert.False(_juju.Config("db").ContainsKey("greeting"));
    }

    [Fact]
    public void Configure_sets_values_and_runs_config_changed_on_every_unit()
    {
        var seen = new List<(string, long?, string?, double?)>();
        _hooks["config-changed"] = host => seen.Add((host.Unit.Name, host.Config.GetInt("port"), host.Config.GetString("greeting"), host.Config.GetFloat("ratio")));

        var results = _juju.Configure("db", new Dictionary<string, string?> { ["port"] = "6432", ["greeting"] = "hi", ["ratio"] = "2" });

        Assert.All(results, r => Assert.True(r.Committed));
        Assert.Equal(new[] { ("db/0", (long?)6432, (string?)"hi", (double?)2.0), ("db/1", 6432, "hi", 2.0) }, seen);

        seen.Clear();
        _juju.Configure("db", new Dictionary<string, string?> { ["port"] = null });
        Assert.Equal(5432, seen[0].Item2);
        Assert.Equal("hi", seen[0].Item3);
    }

    [Fact]
    public void Configure_refuses_unknown_options_and_values_of_the_wrong_type()
    {
        Assert.Throws<ArgumentException>(() => _juju.Configure("db", new Dictionary<string, string?> { ["nope"] = "1" }));
        Assert.Throws<ArgumentException>(() => _juju.Configure("db", new Dictionary<string, string?> { ["port"] = "many" }));
        Assert.Throws<ArgumentException>(() => _juju.Configure("db", new Dictionary<string, string?> { ["tls"] = "maybe" }));
        Assert.Empty(_juju.History);
    }

    [Fact]
    public void Config_getters_refuse_undeclared_options_and_other_types()
    {
        Assert.IsType<ArgumentException>(Hook("db/0", host => host.Config.GetString("nope")).Error);
        Assert.IsType<InvalidOperationException>(Hook("db/0", host => host.Config.GetInt("greeting")).Error);
    }

    [Fact]
    public void An_action_gets_checked_params_with_defaults_and_reports_results_and_log()
    {
        _actions["rotate"] = (_, action) =>
        {
            action.Log("starting");
            action.SetResult("user.name", action.GetString("user")!);
            action.SetResult("length", action.GetInt("length")!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        };

        var run = _juju.RunAction("db/1", "rotate", new Dictionary<string, string> { ["user"] = "alice" });

        Assert.False(run.Failed);
        Assert.Null(run.Message);
        Assert.Equal(("db/1", "rotate"), (run.Unit, run.Action));
        Assert.Equal(new Dictionary<string, string> { ["length"] = "16", ["user.name"] = "alice" }, run.Results);
        Assert.Equal(new[] { "starting" }, run.Logs);
        Assert.Equal("rotate-action", _juju.History[^1].Hook.Name);
    }

    [Theory]
    [InlineData("length", "8")] // "user" is required
    [InlineData("user", "a", "colour", "red")] // additionalProperties: false
    [InlineData("user", "a", "length", "long")] // length is an integer
    public void Parameters_the_schema_rejects_run_nothing(params string[] pairs)
    {
        var parameters = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2) parameters[pairs[i]] = pairs[i + 1];

        Assert.Throws<ArgumentException>(() => _juju.RunAction("db/0", "rotate", parameters));
        Assert.Throws<ArgumentException>(() => _juju.RunAction("db/0", "undeclared"));
        Assert.Empty(_juju.History);
        Assert.Empty(_juju.ActionRuns);
    }

    [Fact]
    public void A_failed_action_commits_its_hook_and_a_crashed_one_keeps_only_results()
    {
        _actions["report"] = (host, action) =>
        {
            host.Unit.SetStatus(WorkloadStatus.Active, "reported");
            action.SetResult("units", "2");
            if (action.Params.ContainsKey("crash")) throw new InvalidOperationException("crashed");
            action.Fail("nothing to report");
        };

        var failed = _juju.RunAction("db/0", "report");
        Assert.True(failed.Failed);
        Assert.Equal("nothing to report", failed.Message);
        Assert.True(failed.Hook.Committed);
        Assert.Equal(new StatusView(WorkloadStatus.Active, "reported"), _juju.Status("db/0"));

        var crashed = _juju.RunAction("db/1", "report", new Dictionary<string, string> { ["crash"] = "yes" });
        Assert.True(crashed.Failed);
        Assert.Equal("exit status 1", crashed.Message);
        Assert.False(crashed.Hook.Committed);
        Assert.Equal("2", crashed.Results["units"]);
        Assert.Null(_juju.Status("db/1"));
    }

    [Fact]
    public void Action_tools_outside_an_action_fail_with_not_in_action()
    {
        Assert.Equal("action-set", Assert.IsType<NotInActionException>(Hook("db/0", host => host.Action.SetResult("a", "b")).Error).Tool);
        Assert.IsType<NotInActionException>(Hook("db/0", host => _ = host.Action.Params).Error);
        Assert.IsType<NotInActionException>(Hook("db/0", host => host.Action.Fail("x")).Error);
        Assert.IsType<NotInActionException>(Hook("db/0", host => host.Action.Log("x")).Error);
        Assert.IsType<NotInActionException>(Hook("db/0", host => host.Backend.ActionGet()).Error);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("-dash")]
    [InlineData("a..b")]
    [InlineData("stdout")]
    [InlineData("stderr.x")]
    public void Action_set_refuses_keys_Juju_refuses(string key)
    {
        _actions["report"] = (_, action) => action.SetResult(key, "v");

        var run = _juju.RunAction("db/0", "report");

        Assert.True(run.Failed);
        Assert.Equal("action-set", Assert.IsType<JujuException>(run.Hook.Error).Tool);
    }

    [Fact]
    public void Observing_an_undeclared_action_is_refused()
    {
        var result = Hook("db/0", host => host.ObserveAction("rotat", _ => { }));

        Assert.IsType<ArgumentException>(result.Error);
    }

    [Fact]
    public void A_float_option_reads_a_whole_number_as_Juju_prints_it()
    {
        var metadata = CharmMetadata.Parse("name: f\nconfig:\n  options:\n    ratio:\n      type: float\n      default: 2\n");
        Assert.Equal(WireValue.FromFloat(2), metadata.ConfigOption("ratio")!.Default);
        Assert.True(ConfigValues.Fits(ConfigOptionType.Float, WireValue.FromInteger(3)));
        Assert.False(ConfigValues.Fits(ConfigOptionType.Int, WireValue.FromFloat(3)));
    }
}
