using System.Diagnostics;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// A quick, paired look at the read benchmarks without BenchmarkDotNet (<c>--reads</c>): each round
/// times System.Text.Json and the contract back to back on the same databag, so a slow moment of a
/// shared machine hits both; prints the medians of 31 rounds and the median of the per-round
/// ratios. With <c>provider</c>, only provider reads run, so the shared read code sees one model
/// type; without it, requirer and provider reads alternate, as in a charm that reads both. The
/// 1,000 row shows how far System.Text.Json itself grows faster than its input on this machine.
/// </summary>
internal static class ReadProbe
{
    public static void Run(bool mixed)
    {
        foreach (var count in new[] { 1, 10, 100, 1000 })
        {
            var provider = new ProviderRead { Count = count };
            provider.Setup();
            var requirer = new RequirerRead { Count = count };
            requirer.Setup();
            var runs = 200_000 / count;
            var rounds = Enumerable.Range(0, 31).Select(_ =>
            {
                var p = (Time(() => provider.SystemTextJson(), runs), Time(() => provider.Contracts(), runs));
                var r = mixed ? (Time(() => requirer.SystemTextJson(), runs), Time(() => requirer.Contracts(), runs)) : (1.0, 1.0);
                return (Provider: p, Requirer: r);
            }).ToList();
            var line = $"| {count} | {Median(rounds.Select(x => x.Provider.Item1)):F3} us | {Median(rounds.Select(x => x.Provider.Item2)):F3} us | {Median(rounds.Select(x => x.Provider.Item2 / x.Provider.Item1)):F2} |";
            if (mixed) line += $" {Median(rounds.Select(x => x.Requirer.Item1)):F3} us | {Median(rounds.Select(x => x.Requirer.Item2)):F3} us | {Median(rounds.Select(x => x.Requirer.Item2 / x.Requirer.Item1)):F2} |";
            Console.WriteLine(line);
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    // Microseconds per call, over a batch.
    private static double Time(Func<object?> read, int runs)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++) read();
        return clock.Elapsed.TotalMicroseconds / runs;
    }
}
