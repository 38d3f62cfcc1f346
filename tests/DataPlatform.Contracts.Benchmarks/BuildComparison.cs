using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// Two builds of the library in one process (<c>--ab &lt;binA&gt; &lt;binB&gt; [count ...]</c>): each
/// build's benchmark assembly is loaded from its own bin folder into an assembly load context of its
/// own, with the <c>DataPlatform.Contracts</c> beside it, and their read and write benchmarks
/// run in short batches that alternate A, B / B, A. A slow moment of a shared machine then hits
/// both builds alike, which a ratio to System.Text.Json measured in separate processes does not
/// give: from one process to the next, those ratios move by more than the few percent a change
/// makes. Prints the median of the per-round ratios B / A, and their quartiles, for provider reads,
/// requirer reads, the two in turn (as a charm that reads both), and provider and requirer
/// writes; with <c>--hooks</c> after the folders, the whole-hook benchmarks instead, and with
/// <c>--only=&lt;text&gt;</c>, only the rows whose name contains the text. Reflection is fine here: this is the benchmark tool, not the runtime.
/// </summary>
internal static class BuildComparison
{
    private const int Rounds = 600;

    // What each row runs, by the benchmark classes' names; with --hooks, the whole-hook benchmarks.
    private static readonly (string Mode, string[] Benchmarks)[] Modes =
    [
        ("provider reads", [nameof(ProviderRead)]),
        ("requirer reads", [nameof(RequirerRead)]),
        ("both reads in turn", [nameof(RequirerRead), nameof(ProviderRead)]),
        ("provider writes", [nameof(ProviderWrite)]),
        ("requirer writes", [nameof(RequirerWrite)]),
    ];

    private static readonly (string Mode, string[] Benchmarks)[] HookModes =
    [
        ("read-only hook", [nameof(ProviderHookReadOnly)]),
        ("answering hook", [nameof(ProviderHookAnswering)]),
        ("unchanged hook", [nameof(ProviderHookUnchanged)]),
        ("requirer hook", [nameof(RequirerHookResponses)]),
        ("relations hook", [nameof(ProviderHookRelations)]),
    ];

    public static void Run(string binA, string binB, IReadOnlyList<int> counts, bool hooks, string? only)
    {
        var modes = (hooks ? HookModes : Modes).Where(m => only is null || m.Mode.Contains(only, StringComparison.Ordinal)).ToArray();
        Console.WriteLine($"A: {binA}");
        Console.WriteLine($"B: {binB}");
        Console.WriteLine("| benchmark | items | A | B | B / A, median | quartiles |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var count in counts)
        {
            var a = Load(binA, count, modes);
            var b = Load(binB, count, modes);
            foreach (var (mode, benchmarks) in modes)
            {
                // A hook does about ten times a read's work per item: batches of 400 items keep rounds short.
                var items = hooks ? 400 : 4000;
                double time(Build build) => build.Time(Math.Max(1, items / count), benchmarks);
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

    private static Build Load(string bin, int count, (string Mode, string[] Benchmarks)[] modes)
    {
        var path = Path.GetFullPath(Path.Combine(bin, "DataPlatform.Contracts.Benchmarks.dll"));
        var assembly = new BuildContext(path).LoadFromAssemblyPath(path);
        return new Build(modes.SelectMany(m => m.Benchmarks).Distinct().ToDictionary(b => b, b => Benchmark(assembly, b, count)));
    }

    // The build's own benchmark, set up for `count` items, as a call returning its result.
    private static Func<object> Benchmark(Assembly assembly, string benchmark, int count)
    {
        var type = assembly.GetType(typeof(BuildComparison).Namespace + "." + benchmark)
            ?? throw new InvalidOperationException($"{assembly.Location} has no {benchmark}.");
        var instance = Activator.CreateInstance(type)!;
        type.GetProperty(nameof(ProviderRead.Count))!.SetValue(instance, count);
        type.GetMethod(nameof(ProviderRead.Setup))!.Invoke(instance, null);
        if (type.GetMethod(nameof(HookBenchmark.Hook)) is { } hook)
        {
            var run = hook.CreateDelegate<Action>(instance);
            return () => { run(); return run; };
        }
        var method = type.GetMethod(nameof(ProviderRead.Contracts))!;
        return (Func<object>)method.CreateDelegate(typeof(Func<>).MakeGenericType(method.ReturnType), instance);
    }

    private sealed record Build(Dictionary<string, Func<object>> Benchmarks)
    {
        // Microseconds per round of the benchmarks, over a batch of `runs` rounds.
        public double Time(int runs, string[] names)
        {
            var calls = names.Select(name => Benchmarks[name]).ToArray();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                foreach (var call in calls) call();
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
