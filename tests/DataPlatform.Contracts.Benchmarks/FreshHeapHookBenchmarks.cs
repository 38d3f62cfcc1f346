using BenchmarkDotNet.Attributes;

namespace DataPlatform.Contracts.Benchmarks;

// The whole-hook benchmarks again, each hook run on a heap just collected (untimed), one hook per
// iteration. A charm process runs one hook and exits (docs/hook-cost.md#what-a-benchmark-pays-for),
// so it never pays for collecting earlier hooks' garbage; the classes above, which run thousands
// of hooks in one process, do: at 1,000 requests each hook leaves large strings (the `data` memory,
// the response list) that only full collections free. These show what one hook costs by itself.

/// <summary><see cref="ProviderHookReadOnly"/>, each hook on a collected heap.</summary>
[InvocationCount(1)]
public class ProviderHookReadOnlyFreshHeap : ProviderHookReadOnly
{
    [IterationSetup]
    public void Collect() => FreshHeap.Collect();
}

/// <summary><see cref="ProviderHookAnswering"/>, each hook on a collected heap.</summary>
[InvocationCount(1)]
public class ProviderHookAnsweringFreshHeap : ProviderHookAnswering
{
    [IterationSetup]
    public void Collect() => FreshHeap.Collect();
}

/// <summary><see cref="ProviderHookUnchanged"/>, each hook on a collected heap.</summary>
[InvocationCount(1)]
public class ProviderHookUnchangedFreshHeap : ProviderHookUnchanged
{
    [IterationSetup]
    public void Collect() => FreshHeap.Collect();
}

/// <summary><see cref="RequirerHookResponses"/>, each hook on a collected heap.</summary>
[InvocationCount(1)]
public class RequirerHookResponsesFreshHeap : RequirerHookResponses
{
    [IterationSetup]
    public void Collect() => FreshHeap.Collect();
}

/// <summary><see cref="ProviderHookRelations"/>, each hook on a collected heap.</summary>
[InvocationCount(1)]
public class ProviderHookRelationsFreshHeap : ProviderHookRelations
{
    [IterationSetup]
    public void Collect() => FreshHeap.Collect();
}

internal static class FreshHeap
{
    /// <summary>A full, compacting collection, finalizers run, so the next hook starts as a new process's would.</summary>
    public static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
