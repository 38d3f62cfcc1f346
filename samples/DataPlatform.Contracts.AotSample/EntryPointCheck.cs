using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.AotSample;

/// <summary>
/// Runs a small charm through <see cref="JujuCharm"/> as Juju would start it (an environment, the
/// charmcraft.yaml beside the binary) over the in-memory Juju, so the published binary proves the
/// entry point, the YAML metadata loader and the in-memory Juju need no reflection.
/// </summary>
internal static class EntryPointCheck
{
    public static void Run(Action<bool, string> check)
    {
        var charmDir = AppContext.BaseDirectory;
        var metadata = CharmMetadata.Load(charmDir);
        check(metadata.Name == "aot-sample" && metadata.Provides.Single().Limit == 2, "charmcraft.yaml: name or provides.database.limit not read");
        check(metadata.Action("greet")?.Required.SequenceEqual(new[] { "name" }) == true, "charmcraft.yaml: actions.greet not read");

        var juju = new InMemoryJuju();
        juju.Deploy("aot-sample", charmDir, host => new GreeterCharm(host));
        var env = new Dictionary<string, string>
        {
            ["JUJU_DISPATCH_PATH"] = "actions/greet",
            ["JUJU_ACTION_NAME"] = "greet",
            ["JUJU_UNIT_NAME"] = "aot-sample/0",
            ["JUJU_VERSION"] = "3.6.12",
            ["JUJU_CHARM_DIR"] = charmDir,
        };
        var exit = JujuCharm.Run(env, hook => juju.HookBackend(hook, new Dictionary<string, string> { ["name"] = "aot" }), host => new GreeterCharm(host), Console.Error);
        var run = juju.ActionRuns.SingleOrDefault();
        check(exit == 0 && run is { Failed: false }, $"action greet: exit {exit}");
        check(run?.Results.GetValueOrDefault("message") == "hello aot hello aot", $"action greet: results {string.Join(",", run?.Results ?? new Dictionary<string, string>())}");
        check(juju.Status("aot-sample/0")?.Message == "greeted aot", "action greet: unit status not committed");

        env["JUJU_DISPATCH_PATH"] = "hooks/start";
        env.Remove("JUJU_ACTION_NAME");
        check(JujuCharm.Run(env, hook => juju.HookBackend(hook), host => new GreeterCharm(host), TextWriter.Null) == JujuCharm.CharmFailed, "a failing hook did not exit non-zero");
        check(juju.Logs("aot-sample/0").Any(l => l.Level == JujuLogLevel.Error && l.Message.Contains("InvalidOperationException", StringComparison.Ordinal)), "the failing hook was not logged");

        env.Remove("JUJU_UNIT_NAME");
        check(JujuCharm.Run(env, hook => juju.HookBackend(hook), host => new GreeterCharm(host), TextWriter.Null) == JujuCharm.BadEnvironment, "a bad environment did not exit 2");
        Console.WriteLine($"entry point ok: {juju.History.Count} hook(s) committed, action results {{{string.Join(", ", run?.Results.Select(r => $"{r.Key}={r.Value}") ?? Array.Empty<string>())}}}");
    }

    // In a real charm: public static int Main(string[] args) => JujuCharm.Run(args, host => new GreeterCharm(host));
    private sealed class GreeterCharm
    {
        public GreeterCharm(CharmHost host)
        {
            host.ObserveAction("greet", action =>
            {
                var name = action.GetString("name")!;
                var greeting = host.Config.GetString("greeting");
                action.SetResult("message", string.Join(" ", Enumerable.Repeat($"{greeting} {name}", (int)action.GetInt("times")!.Value)));
                host.Unit.SetStatus(WorkloadStatus.Active, "greeted " + name);
            });
            host.Observe("start", _ => throw new InvalidOperationException("the workload did not start"));
        }
    }
}
