using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// Two builds of the library in one process (<c>--ab &lt;binA&gt; &lt;binB&gt; [count ...]</c>): each
/// build's benchmark assembly is loaded from its own bin folder into an assembly load context of its
/// own, with the <c>DataPlatform.Contracts</c> beside it, and their provider and requirer reads
/// run in short batches that alternate A, B / B, A. A slow moment of a shared machine then hits
/// both builds alike, which a ratio to System.Text.Json measured in separate processes does not
/// give: from one process to the next, those ratios move by more than the few percent a change
/// makes. Prints the median of the per-round ratios B / A, and their quartiles, for provider reads,
/// requirer reads and the two in turn (as a charm that reads both). Reflection is fine here: this is
/// the benchmark tool, not the runtime.
/// </summary>
internal static class BuildComparison
{
    private const int Rounds = 600;

    public static void Run(string binA, string binB, IReadOnlyList<int> counts)
    {
        Console.WriteLine($"A: {binA}");
        Console.WriteLine($"B: {binB}");
        Console.WriteLine("| reads | items | A | B | B / A, median | quartiles |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var count in counts)
        {
            var a = Load(binA, count);
            var b = Load(binB, count);
            foreach (var mode in new[] { "provider", "requirer", "in turn" })
            {
                Func<Reads, double> time = mode switch
                {
                    "provider" => reads => reads.Time(count, provider: true, requirer: false),
                    "requirer" => reads => reads.Time(count, provider: false, requirer: true),
                    _ => reads => reads.Time(count, provider: true, requirer: true),
                };
                var warm = Stopwatch.StartNew();
                while (warm.Elapsed.TotalSeconds < 3) { time(a); time(b); }
                var ratios = new List<double>();
                var timesA = new List<double>();
                var timesB = new List<double>();
                for (var round = 0; round < Rounds; round++)
                {
                    // Alternate which build goes first, so neither always runs on a warmer cache.
                    double ta, tb;
                    if (round % 2 == 0) { ta = time(a); tb = time(b); }
                    else { tb = time(b); ta = time(a); }
                    timesA.Add(ta);
                    timesB.Add(tb);
                    ratios.Add(tb / ta);
                }
                Console.WriteLine($"| {mode} | {count} | {Median(timesA):F2} us | {Median(timesB):F2} us | {Median(ratios):F3} | {Quantile(ratios, 0.25):F3} to {Quantile(ratios, 0.75):F3} |");
            }
        }
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)(q * (sorted.Count - 1))];
    }

    private static Reads Load(string bin, int count)
    {
        var path = Path.GetFullPath(Path.Combine(bin, "DataPlatform.Contracts.Benchmarks.dll"));
        var assembly = new BuildContext(path).LoadFromAssemblyPath(path);
        return new Reads(Read(assembly, "ProviderRead", count), Read(assembly, "RequirerRead", count));
    }

    // The build's own read benchmark, set up for `count` items, as a call returning its result.
    private static Func<object> Read(Assembly assembly, string benchmark, int count)
    {
        var type = assembly.GetType(typeof(BuildComparison).Namespace + "." + benchmark)
            ?? throw new InvalidOperationException($"{assembly.Location} has no {benchmark}.");
        var instance = Activator.CreateInstance(type)!;
        type.GetProperty(nameof(ProviderRead.Count))!.SetValue(instance, count);
        type.GetMethod(nameof(ProviderRead.Setup))!.Invoke(instance, null);
        var method = type.GetMethod(nameof(ProviderRead.Contracts))!;
        return (Func<object>)method.CreateDelegate(typeof(Func<>).MakeGenericType(method.ReturnType), instance);
    }

    private sealed record Reads(Func<object> Provider, Func<object> Requirer)
    {
        // Microseconds per round of reads, over a batch of about 4,000 items.
        public double Time(int count, bool provider, bool requirer)
        {
            var runs = Math.Max(1, 4000 / count);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                if (provider) Provider();
                if (requirer) Requirer();
            }
            return clock.Elapsed.TotalMicroseconds / runs;
        }
    }

    // Resolves a build's own assemblies from its bin folder; the framework's come from the default context.
    private sealed class BuildContext(string mainAssembly) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
