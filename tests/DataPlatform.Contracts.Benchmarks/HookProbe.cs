using System.Diagnostics;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// A quick look at the whole-hook benchmarks without BenchmarkDotNet (<c>--hooks</c>): for each
/// count, a fresh model, a full collection, then the hook run for about a second; prints the median
/// per run and its ratio to the count before, back to back and each on a collected heap (as the
/// FreshHeap benchmarks run it), and the bytes one run allocates (exact). Rough on a busy
/// machine; RESULTS.md quotes BenchmarkDotNet's figures.
/// </summary>
internal static class HookProbe
{
    private static readonly Func<HookBenchmark>[] All =
    {
        () => new ProviderHookReadOnly(), () => new ProviderHookAnswering(), () => new ProviderHookUnchanged(),
        () => new RequirerHookResponses(), () => new ProviderHookRelations(),
    };

    /// <summary>The hook benchmark named <paramref name="name"/> (its class name, any case).</summary>
    public static HookBenchmark Create(string name) =>
        All.Select(create => create()).FirstOrDefault(b => b.GetType().Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No hook benchmark {name}.", nameof(name));

    /// <summary>Runs every hook benchmark whose name contains <paramref name="only"/> (all for null), at every count or at <paramref name="count"/> only.</summary>
    public static void Run(string? only, int? count)
    {
        // The relations benchmark counts relations of 10 requests each: it stops at 100.
        foreach (var create in All)
        {
            int[] counts = create() is ProviderHookRelations ? [1, 10, 100] : [1, 10, 100, 1000];
            Measure(only, create, count is { } one ? [one] : counts);
        }
    }

    private static void Measure(string? only, Func<HookBenchmark> create, params int[] counts)
    {
        if (only is not null && !create().GetType().Name.Contains(only, StringComparison.OrdinalIgnoreCase)) return;
        (double Steady, double Fresh)? previous = null;
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
            var median = Median(benchmark, fresh: false, out var runs);
            var freshMedian = Median(benchmark, fresh: true, out _);
            var ratio = previous is { } p ? $"{median / p.Steady:F1}x" : "";
            var freshRatio = previous is { } q ? $"{freshMedian / q.Fresh:F1}x" : "";
            Console.WriteLine($"| {benchmark.GetType().Name} | {count} | {median:F1} us | {ratio} | {freshMedian:F1} us | {freshRatio} | {allocated / 1024.0:F1} KB | {runs} |");
            previous = (median, freshMedian);
        }
    }

    // The median of runs for about a second: back to back (steady state), or each on a heap just collected (fresh).
    private static double Median(HookBenchmark benchmark, bool fresh, out int runs)
    {
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < 1 || times.Count < 5)
        {
            if (fresh) FreshHeap.Collect();
            var one = Stopwatch.StartNew();
            benchmark.Hook();
            times.Add(one.Elapsed.TotalMicroseconds);
            if (fresh && times.Count >= 200) break;
        }
        times.Sort();
        runs = times.Count;
        return times[times.Count / 2];
    }
}
