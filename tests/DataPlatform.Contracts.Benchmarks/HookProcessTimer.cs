using System.Diagnostics;
using System.Globalization;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// Whole hooks as processes (issue 10.5), timed with a stopwatch: the packed Native AOT provider
/// charm's <c>database-relation-changed</c> with 1, 10 and 100 new requests, run through the fake
/// hook tools of the in-memory Juju, next to a Native AOT hello world deployed the same way (same
/// session set-up, same process start), a bare hello world process, and one fake tool call.
/// Medians of 21 runs (7 at 100 requests); RESULTS.md has the command and the figures.
/// </summary>
public static class HookProcessTimer
{
    // Fewer runs where one takes seconds (every fake tool call is a process start and a hand-over).
    private static int Repeats(int requests) => requests >= 100 ? 7 : 21;

    public static int Run(string providerCharm, string helloWorld)
    {
        var root = Directory.CreateTempSubdirectory("dpc-hook-timer-");
        try
        {
            var provider = CharmProcess.Unpack(providerCharm, Path.Combine(root.FullName, "provider"));
            var hello = HelloCharm(helloWorld, provider, Path.Combine(root.FullName, "hello"));
            Console.WriteLine($"{"what",-52} {"median",10} {"min",10} {"max",10} {"tool calls",11}");
            Report("bare hello world process (Process.Start to exit)", Repeat(() => (BareProcess(helloWorld), 0), 21));
            Report("one fake hook tool call (is-leader)", Repeat(() => (OneToolCall(), 1), 21));
            foreach (var n in new[] { 1, 10, 100 })
            {
                Report($"hello world as the charm, relation-changed, {n} requests", Repeat(() => ProviderHook(hello, n), Repeats(n)));
                Report($"provider charm, relation-changed, {n} new requests", Repeat(() => ProviderHook(provider, n), Repeats(n)));
            }

            return 0;
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    // The provider's metadata with the hello world as its dispatch: the hook's harness cost without the charm's work.
    private static CharmProcess HelloCharm(string helloWorld, CharmProcess provider, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(provider.CharmDirectory, "*.yaml")) File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        File.Copy(helloWorld, Path.Combine(directory, "dispatch"));
        return CharmProcess.FromDirectory(directory);
    }

    // A model where a requirer (in process) has published n requests; the provider's hook is what is timed.
    private static (double Ms, int Calls) ProviderHook(CharmProcess provider, int requests)
    {
        var juju = new InMemoryJuju();
        juju.Deploy("db", provider);
        var requirer = new CharmMetadata("app") { Requires = new[] { new EndpointMetadata("database", "postgresql_client") } };
        var asked = Enumerable.Range(0, requests).Select(i => new RequirerCommonModel { Resource = "db" + i.ToString(CultureInfo.InvariantCulture) }).ToArray();
        juju.Deploy("app", requirer, host => new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", asked));
        var relation = juju.Relate("app", "database", "db", "database");
        Committed(juju.RunHook("app/0", Hooks.Relation("created", "database", relation, "db")));

        var clock = Stopwatch.StartNew();
        var result = juju.RunHook("db/0", Hooks.Relation("changed", "database", relation, "app"));
        clock.Stop();
        Committed(result);
        return (clock.Elapsed.TotalMilliseconds, result.ToolCalls.Count);
    }

    private static double BareProcess(string executable)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(executable) { RedirectStandardOutput = true, UseShellExecute = false })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double OneToolCall()
    {
        var juju = new InMemoryJuju();
        juju.Deploy("app", new CharmMetadata("app"), _ => new object());
        var elapsed = 0.0;
        juju.RunHookThroughTools("app/0", new Juju.HookContext("update-status"), session =>
        {
            var start = new ProcessStartInfo(Path.Combine(session.BinDirectory, "is-leader")) { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add("--format=json");
            foreach (var (key, value) in session.Environment) start.Environment[key] = value;
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            elapsed = clock.Elapsed.TotalMilliseconds;
            return process.ExitCode;
        });
        return elapsed;
    }

    private static void Committed(HookResult result)
    {
        if (!result.Committed) throw new InvalidOperationException($"the hook failed: {result.Error?.Message}\n{result.Output}");
    }

    private static List<(double Ms, int Calls)> Repeat(Func<(double Ms, int Calls)> run, int times)
    {
        run(); // warm the file cache and the JIT of this process
        return Enumerable.Range(0, times).Select(_ => run()).ToList();
    }

    private static void Report(string what, List<(double Ms, int Calls)> runs)
    {
        var times = runs.Select(r => r.Ms).Order().ToArray();
        var median = times.Length % 2 == 1 ? times[times.Length / 2] : (times[times.Length / 2 - 1] + times[times.Length / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-52} {median,8:F1} ms {times[0],7:F1} ms {times[^1],7:F1} ms {runs[0].Calls,11}"));
    }
}
