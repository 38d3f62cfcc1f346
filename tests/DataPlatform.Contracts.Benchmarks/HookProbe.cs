using System.Diagnostics;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// A quick look at the whole-hook benchmarks without BenchmarkDotNet (<c>--hooks</c>): for each
/// count, a fresh model, a full collection, then the hook run for about a second; prints the median
/// per run, its ratio to the count before, and the bytes one run allocates (exact). Rough on a busy
/// machine; RESULTS.md quotes BenchmarkDotNet's figures.
/// </summary>
internal static class HookProbe
{
    public static void Run()
    {
        Measure(() => new ProviderHookReadOnly(), 1, 10, 100, 1000);
        Measure(() => new ProviderHookAnswering(), 1, 10, 100, 1000);
        Measure(() => new ProviderHookUnchanged(), 1, 10, 100, 1000);
        Measure(() => new RequirerHookResponses(), 1, 10, 100, 1000);
        Measure(() => new ProviderHookRelations(), 1, 10, 100);
    }

    private static void Measure(Func<HookBenchmark> create, params int[] counts)
    {
        double? previous = null;
        foreach (var count in counts)
        {
            var benchmark = create();
            benchmark.Count = count;
            benchmark.Setup();
            benchmark.Hook();
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            benchmark.Hook();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var times = new List<double>();
            var total = Stopwatch.StartNew();
            while (total.Elapsed.TotalSeconds < 1 || times.Count < 5)
            {
                var one = Stopwatch.StartNew();
                benchmark.Hook();
                times.Add(one.Elapsed.TotalMicroseconds);
            }
            times.Sort();
            var median = times[times.Count / 2];
            var ratio = previous is { } p ? $"{median / p:F1}x" : "";
            Console.WriteLine($"| {benchmark.GetType().Name} | {count} | {median:F1} us | {ratio} | {allocated / 1024.0:F1} KB | {times.Count} |");
            previous = median;
        }
    }
}
