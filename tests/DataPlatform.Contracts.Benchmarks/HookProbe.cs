using System.Diagnostics;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// A quick look at the whole-hook benchmarks without BenchmarkDotNet (<c>--hooks</c>): each hook
/// run until about 0.3 s has passed, median per run printed with the ratio to the count before, and
/// the bytes one run allocates. Rough; RESULTS.md quotes BenchmarkDotNet's figures.
/// </summary>
internal static class HookProbe
{
    public static void Run()
    {
        Measure(new ProviderHookReadOnly(), new[] { 1, 10, 100, 1000 });
        Measure(new ProviderHookAnswering(), new[] { 1, 10, 100, 1000 });
        Measure(new ProviderHookUnchanged(), new[] { 1, 10, 100, 1000 });
        Measure(new RequirerHookResponses(), new[] { 1, 10, 100, 1000 });
        Measure(new ProviderHookRelations(), new[] { 1, 10, 100 });
    }

    private static void Measure(HookBenchmark benchmark, int[] counts)
    {
        double? previous = null;
        foreach (var count in counts)
        {
            benchmark.Count = count;
            benchmark.Setup();
            benchmark.Hook();
            var before = GC.GetAllocatedBytesForCurrentThread();
            benchmark.Hook();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var times = new List<double>();
            var total = Stopwatch.StartNew();
            while (total.Elapsed.TotalSeconds < 0.3 || times.Count < 5)
            {
                var one = Stopwatch.StartNew();
                benchmark.Hook();
                times.Add(one.Elapsed.TotalMicroseconds);
            }
            times.Sort();
            var median = times[times.Count / 2];
            var ratio = previous is { } p ? $"{median / p:F1}x" : "";
            Console.WriteLine($"{benchmark.GetType().Name,-24} {count,5} {median,12:F1} us {ratio,8} {allocated / 1024.0,12:F1} KB  ({times.Count} runs)");
            previous = median;
        }
    }
}
