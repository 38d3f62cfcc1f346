using System.Diagnostics;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// A quick look at the whole-hook benchmarks without BenchmarkDotNet (<c>--hooks</c>): each hook
/// run until about 0.3 s has passed, median per run printed with the ratio to the N before, and the bytes one run allocates.
/// Rough; RESULTS.md quotes BenchmarkDotNet's figures.
/// </summary>
internal static class HookProbe
{
    public static void Run()
    {
        Measure("ProviderHookReadOnly", new[] { 1, 10, 100, 1000 }, n => Relation(HookModel.ProviderWithClients(Charms.ReadOnly, 1, n), "db/0", "app0", commitFirst: false));
        Measure("ProviderHookAnswering", new[] { 1, 10, 100, 1000 }, n => Relation(HookModel.ProviderWithClients(Charms.Answering, 1, n), "db/0", "app0", commitFirst: false));
        Measure("ProviderHookUnchanged", new[] { 1, 10, 100, 1000 }, n => Relation(HookModel.ProviderWithClients(Charms.ReadOnly, 1, n), "db/0", "app0", commitFirst: true));
        Measure("RequirerHookResponses", new[] { 1, 10, 100, 1000 }, n => Relation(HookModel.AnsweredClient(Charms.Client(n), n), "app0/0", "db", commitFirst: false));
        Measure("ProviderHookRelations", new[] { 1, 10, 100 }, n =>
        {
            var model = HookModel.ProviderWithClients(Charms.AnsweringAll, n, 10);
            return () => model.Run("db/0", new HookContext("answer-all"));
        });
    }

    private static Action Relation(HookModel model, string unit, string remote, bool commitFirst)
    {
        var hook = Hooks.Relation("changed", "database", model.Relations[0], remote);
        if (commitFirst) model.Commit(unit, hook);
        return () => model.Run(unit, hook);
    }

    private static void Measure(string name, int[] sizes, Func<int, Action> build)
    {
        double? previous = null;
        foreach (var n in sizes)
        {
            var run = build(n);
            run();
            var before = GC.GetAllocatedBytesForCurrentThread();
            run();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var times = new List<double>();
            var total = Stopwatch.StartNew();
            while (total.Elapsed.TotalSeconds < 0.3 || times.Count < 5)
            {
                var one = Stopwatch.StartNew();
                run();
                times.Add(one.Elapsed.TotalMicroseconds);
            }
            times.Sort();
            var median = times[times.Count / 2];
            var ratio = previous is { } p ? $"{median / p:F1}x" : "";
            Console.WriteLine($"{name,-24} {n,5} {median,12:F1} us {ratio,8} {allocated / 1024.0,12:F1} KB  ({times.Count} runs)");
            previous = median;
        }
    }
}
