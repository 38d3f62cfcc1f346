using BenchmarkDotNet.Running;
using DataPlatform.Contracts.Benchmarks;

// dotnet run -c Release --project tests/DataPlatform.Contracts.Benchmarks -- --filter '*' --inProcess
// dotnet run -c Release --project tests/DataPlatform.Contracts.Benchmarks -- --filter '*' --inProcess --job short
// dotnet run -c Release --project tests/DataPlatform.Contracts.Benchmarks -- --alloc   (allocation breakdown)
// dotnet run -c Release --project tests/DataPlatform.Contracts.Benchmarks -- --ab <binA> <binB> [--hooks] [--only=<row>] [count ...]   (two builds, paired in one process)
if (args is ["--ab", var binA, var binB, .. var abRest])
{
    var only = abRest.FirstOrDefault(a => a.StartsWith("--only=", StringComparison.Ordinal))?["--only=".Length..];
    var abCounts = abRest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    BuildComparison.Run(binA, binB, abCounts.Length == 0 ? [1, 10, 100] : abCounts, hooks: abRest.Contains("--hooks"), only);
    return 0;
}

// dotnet run -c Release --project tests/DataPlatform.Contracts.Benchmarks -- --hook-process <demo-postgresql_amd64.charm> <hello>
if (args is ["--hook-process", var charm, var hello])
{
    return HookProcessTimer.Run(charm, hello);
}

// dotnet run -c Release --project tests/DataPlatform.Contracts.Benchmarks -- --generator-cache
if (args.Contains("--generator-cache"))
{
    GeneratorRun.PrintCaching();
    return 0;
}

// dotnet run -c Release --project tests/DataPlatform.Contracts.Benchmarks -- --hooks [Answering [1000]]   (quick whole-hook timings, optionally of the benchmarks whose name contains a word, at one count)
if (args.Contains("--hooks"))
{
    var filter = args.SkipWhile(a => a != "--hooks").Skip(1).ToArray();
    HookProbe.Run(filter.FirstOrDefault(), filter.Length > 1 ? int.Parse(filter[1], System.Globalization.CultureInfo.InvariantCulture) : null);
    return 0;
}

// dotnet run -c Release --project tests/DataPlatform.Contracts.Benchmarks -- --reads [provider]   (quick paired read timings)
if (args.Contains("--reads"))
{
    ReadProbe.Run(mixed: !args.Contains("provider"));
    return 0;
}

// dotnet run -c Release --project tests/DataPlatform.Contracts.Benchmarks -- --hook-alloc ProviderHookAnswering 1000   (allocations by type, collections)
if (args is ["--hook-alloc", var benchmark, var count])
{
    HookAllocationProbe.Run(benchmark, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Contains("--alloc"))
{
    AllocationProbe.Run();
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(RequirerWrite).Assembly).Run(args);
return 0;

