using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Samples.Tests.Processes;

/// <summary>
/// Issue 10.4: the packed Native AOT sample charms, run as child processes hook by hook through the
/// fake hook tools over the in-memory Juju, do exactly what the same charms do in process.
/// </summary>
public sealed class ProcessLifecycleTests : IClassFixture<SampleCharms>
{
    private readonly SampleCharms _charms;

    public ProcessLifecycleTests(SampleCharms charms) => _charms = charms;

    private SampleLifecycle RunAsProcesses() =>
        new SampleLifecycle(new InMemoryJuju(), (juju, app, charm, units) =>
            juju.Deploy(app, charm == SampleLifecycle.Db ? _charms.Provider : _charms.Requirer, units)).Run();

    private static SampleLifecycle RunInProcess() => new SampleLifecycle(new InMemoryJuju(), SampleLifecycle.InProcess).Run();

    [Fact]
    public void After_every_hook_the_model_equals_the_in_process_run()
    {
        var expected = RunInProcess();
        var actual = RunAsProcesses();

        Assert.All(actual.Snapshots, s => Assert.True(s.Run.Result.Committed, $"{s.Run}: {s.Run.Result.Output}"));
        // Each one a process that reached its unit through the tools, but for the hooks the provider
        // does not observe, which are no-ops, as in ops.
        var silent = actual.Snapshots.Where(s => s.Run.Result.ToolCalls.Count == 0).Select(s => $"{s.Run.Unit} {s.Run.Hook.Name}").ToList();
        Assert.All(silent, hook => Assert.Matches(@"^demo-postgresql/\d database-relation-(created|joined|departed)$", hook));
        Assert.True(silent.Count < actual.Snapshots.Count / 4, string.Join("\n", silent));
        Assert.Equal(expected.Snapshots.Select(s => s.Run.ToString()), actual.Snapshots.Select(s => s.Run.ToString()));
        for (var i = 0; i < expected.Snapshots.Count; i++)
        {
            Assert.True(expected.Snapshots[i].Model.Text == actual.Snapshots[i].Model.Text, $"after {actual.Snapshots[i].Run}:\n{Diff(expected.Snapshots[i].Model.Text, actual.Snapshots[i].Model.Text)}");
        }

        // Passwords differ (each run draws its own) but appear, change and stay in the same places.
        Assert.Equal(PasswordPattern(expected), PasswordPattern(actual));
        Assert.Equal(ActionResults(expected), ActionResults(actual));
    }

    [Fact]
    public void The_lifecycle_covers_what_the_issue_names()
    {
        var hooks = RunAsProcesses().Snapshots.Select(s => s.Run.Hook.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "config-changed", "database-relation-created", "database-relation-joined", "database-relation-changed", "secret-changed",
                "publish-read-only-endpoints-action", "rotate-password-action", "raise-status-action", "resolve-status-action",
                "database-relation-departed", "database-relation-broken",
            },
            hooks);
    }

    [Fact]
    public void No_secret_value_reaches_an_argv_a_log_or_the_output_of_a_hook()
    {
        var run = RunAsProcesses();
        var secrets = run.Snapshots.SelectMany(s => s.Model.Passwords).Append(SampleLifecycle.AuditToken).ToHashSet();
        var logs = new[] { SampleLifecycle.Db, SampleLifecycle.App, SampleLifecycle.SecondApp }
            .SelectMany(app => run.Juju.App(app).Units)
            .SelectMany(unit => run.Juju.Logs(unit))
            .Select(line => line.Message)
            .ToList();

        Assert.True(secrets.Count > 4, "the lifecycle drew passwords");
        Assert.NotEmpty(logs);
        foreach (var (hook, _) in run.Snapshots)
        {
            foreach (var call in hook.Result.ToolCalls)
            {
                Assert.DoesNotContain(call.Args, arg => secrets.Any(s => arg.Contains(s, StringComparison.Ordinal)));
            }

            Assert.DoesNotContain(secrets, s => hook.Result.Output.Contains(s, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(logs, line => secrets.Any(s => line.Contains(s, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_hook_whose_charm_exits_non_zero_leaves_nothing_written()
    {
        var juju = new InMemoryJuju();
        juju.Deploy(SampleLifecycle.Db, _charms.Provider, units: 2);
        juju.Deploy(SampleLifecycle.App, _charms.Requirer, units: 1);
        var sim = new RelationSimulator(juju);
        var relation = sim.Integrate(SampleLifecycle.App, "database", SampleLifecycle.Db, "database");
        sim.Settle();
        // The client's requests become garbage the provider cannot read.
        juju.UpdateDatabag(relation, SampleLifecycle.App, new Dictionary<string, string> { ["requests"] = "[{\"resource\": " });
        var before = ModelSnapshot.Of(juju);

        var result = juju.RunHook("demo-postgresql/0", Hooks.Relation("changed", "database", relation, SampleLifecycle.App));

        Assert.False(result.Committed);
        Assert.Equal($"the hook exited with status {JujuCharm.CharmFailed}", result.Error?.Message);
        Assert.Equal(before.Text, ModelSnapshot.Of(juju).Text);
        Assert.Contains(result.Logs, line => line.Level == Juju.JujuLogLevel.Error && line.Message.Contains("database-relation-changed", StringComparison.Ordinal));
    }

    private static List<int> PasswordPattern(SampleLifecycle run)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        return run.Snapshots
            .SelectMany(s => s.Model.Passwords.Append(""))
            .Select(p => p.Length == 0 ? -1 : order.TryGetValue(p, out var n) ? n : order[p] = order.Count)
            .ToList();
    }

    private static List<string> ActionResults(SampleLifecycle run) =>
        run.Juju.ActionRuns
            .Select(a => $"{a.Unit} {a.Action} failed={a.Failed} {string.Join(",", a.Results.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value}"))}")
            .ToList();

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        return string.Join('\n', e.Except(a).Select(l => "- " + l).Concat(a.Except(e).Select(l => "+ " + l)));
    }
}
