using System.Diagnostics;
using DataPlatform.Contracts.Testing.FakeHookTools;
using DataPlatform.Contracts.Testing.Tests.Charms;
using Xunit.Abstractions;

namespace DataPlatform.Contracts.Testing.Tests.FakeHookTools;

/// <summary>
/// The library's provider and requirer handlers, on the production <c>HookToolBackend</c> over real
/// processes (fake hook tools), against the same exchange run in-process on the plain in-memory
/// backend: relate, request, response with a user secret, the requirer reads it; then the provider
/// rotates the password and the requirer follows through <c>secret-changed</c>.
/// </summary>
public sealed class ExchangeThroughToolsTests(ITestOutputHelper output)
{
    private static (InMemoryJuju Juju, int Relation, List<string> Events, List<(HookRun Run, FakeHookToolsRun? Tools)> Hooks) Exchange(bool throughTools, int dbUnits)
    {
        var juju = new InMemoryJuju();
        var events = new List<string>();
        var hooks = new List<(HookRun, FakeHookToolsRun?)>();
        HandlerCharms.Deploy(juju, events, dbUnits);
        var simulator = new RelationSimulator(juju)
        {
            RunHook = (unit, hook) =>
            {
                var tools = throughTools ? juju.RunCharmThroughTools(unit, hook) : null;
                if (!throughTools) juju.RunHook(unit, hook);
                hooks.Add((juju.History[^1], tools));
            },
        };
        var relation = simulator.Integrate("app", "database", "db", "database");
        simulator.Settle();
        simulator.RunHook!("db/0", HandlerCharms.Rotate);
        simulator.Settle();
        return (juju, relation, events, hooks);
    }

    private static string Describe(InMemoryJuju juju, int relation, int dbUnits)
    {
        var members = new[] { "db", "app", "app/0" }.Concat(Enumerable.Range(0, dbUnits).Select(n => $"db/{n}"));
        // Ids in databags compare by xid: the fake tools print Juju 3.6's secret://model-uuid/xid, the in-memory backend secret:xid.
        var bags = members.Select(m => $"{m}: {string.Join(", ", juju.Databag(relation, m).Select(kv => $"{kv.Key}={kv.Value}"))}"
            .Replace($"secret://{InMemoryJuju.FakeModelUuid}/", "secret:", StringComparison.Ordinal));
        var secrets = juju.Secrets.Select(s =>
            $"{s} unit={s.OwnerUnit} revisions=[{string.Join("; ", s.Revisions.Select(r => r.Key + ":" + string.Join(",", r.Value.Select(kv => kv.Key + "=" + kv.Value))))}]" +
            $" consumers=[{string.Join(",", s.ConsumerLabels.Select(kv => kv.Key + "=" + kv.Value))}] tracked=[{string.Join(",", s.TrackedRevisions.Select(kv => kv.Key + "=" + kv.Value))}]" +
            $" grants=[{string.Join(",", s.Grants.Select(kv => kv.Key + "=" + kv.Value))}]");
        return string.Join("\n", bags.Concat(secrets));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_exchange_through_hook_tools_ends_as_in_process(int dbUnits)
    {
        var inProcess = Exchange(throughTools: false, dbUnits);
        var clock = Stopwatch.StartNew();
        var viaTools = Exchange(throughTools: true, dbUnits);
        clock.Stop();

        Assert.All(viaTools.Hooks, h => Assert.True(h.Run.Result.Committed, h.Run.ToString()));
        Assert.Equal(Describe(inProcess.Juju, inProcess.Relation, dbUnits), Describe(viaTools.Juju, viaTools.Relation, dbUnits));
        Assert.Equal(inProcess.Hooks.Select(h => $"{h.Run.Unit} {h.Run.Hook.Name} {h.Run.Hook.RemoteUnit}"), viaTools.Hooks.Select(h => $"{h.Run.Unit} {h.Run.Hook.Name} {h.Run.Hook.RemoteUnit}"));
        Assert.Equal(
            [$"app/0 resource_created relation-user:{HandlerCharms.Password}@10.0.0.1:5432", $"app/0 authentication_updated relation-user:{HandlerCharms.RotatedPassword}"],
            viaTools.Events);
        Assert.Contains(viaTools.Hooks, h => h.Run.Unit == "app/0" && h.Run.Hook.Name == "secret-changed");
        Assert.Equal(inProcess.Events, viaTools.Events);
        Assert.Contains(HandlerCharms.Password, Describe(viaTools.Juju, viaTools.Relation, dbUnits), StringComparison.Ordinal);

        var calls = viaTools.Hooks.SelectMany(h => h.Tools!.Calls).ToArray();
        output.WriteLine($"{viaTools.Hooks.Count} hooks, {calls.Length} tool calls, {clock.Elapsed.TotalMilliseconds / calls.Length:0.0} ms per call (whole exchange {clock.ElapsedMilliseconds} ms)");
        foreach (var (run, tools) in viaTools.Hooks) output.WriteLine($"  {run.Unit} {run.Hook.Name}: {string.Join(" | ", tools!.Calls.Select(c => string.Join(" ", c.Argv.Select(a => a.Contains("#file=", StringComparison.Ordinal) ? a[..(a.IndexOf('=') + 1)] + "..." : a)) + " -> " + c.ExitStatus))}");
    }

    [Fact]
    public void Each_databag_is_read_at_most_once_and_written_at_most_once_per_hook()
    {
        var viaTools = Exchange(throughTools: true, dbUnits: 2);
        foreach (var (run, tools) in viaTools.Hooks)
        {
            var reads = tools!.Calls.Where(c => c.Tool == "relation-get").GroupBy(c => string.Join(" ", c.Args));
            Assert.All(reads, g => Assert.True(g.Count() == 1, $"{run}: {g.Key} read {g.Count()} times"));
            var writes = tools.Calls.Where(c => c.Tool == "relation-set").GroupBy(c => string.Join(" ", c.Args));
            Assert.All(writes, g => Assert.True(g.Count() == 1, $"{run}: {g.Key} written {g.Count()} times"));
            Assert.All(tools.Calls.Where(c => c.Tool == "relation-set"), c => Assert.NotEqual("{}", c.Stdin));
        }

        Assert.Contains(viaTools.Hooks, h => h.Tools!.Calls.Any(c => c.Tool == "relation-set"));
    }

    [Fact]
    public void No_secret_value_reaches_argv_or_stdin_but_it_reaches_the_files()
    {
        var calls = Exchange(throughTools: true, dbUnits: 1).Hooks.SelectMany(h => h.Tools!.Calls).ToArray();
        foreach (var password in new[] { HandlerCharms.Password, HandlerCharms.RotatedPassword })
        {
            Assert.All(calls, c => Assert.DoesNotContain(c.Argv.Append(c.Stdin ?? ""), a => a.Contains(password, StringComparison.Ordinal)));
        }

        Assert.Contains(HandlerCharms.Password, Assert.Single(calls, c => c.Tool == "secret-add").Files.Values);
        Assert.Contains(HandlerCharms.RotatedPassword, Assert.Single(calls, c => c.Tool == "secret-set").Files.Values);
        Assert.Contains(calls, c => c.Tool == "secret-get" && c.Stdout.Contains(HandlerCharms.Password, StringComparison.Ordinal));
    }
}
