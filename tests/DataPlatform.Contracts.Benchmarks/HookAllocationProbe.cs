using System.Diagnostics;
using System.Diagnostics.Tracing;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// <c>--hook-alloc &lt;benchmark&gt; &lt;count&gt;</c>: what one whole-hook benchmark allocates, by type, from the
/// runtime's allocation-tick events (a sample every 100 KB; large-object allocations listed with
/// their size), and the collections of each generation over 200 hooks back to back. A look for
/// RESULTS.md, not a measurement: the listener slows the hooks it watches.
/// </summary>
internal sealed class HookAllocationProbe : EventListener
{
    private const int Hooks = 200;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = new();
    private volatile bool _listening;

    public static void Run(string benchmarkName, int count)
    {
        var benchmark = HookProbe.Create(benchmarkName);
        benchmark.Count = count;
        benchmark.Setup();
        for (var i = 0; i < 20; i++) benchmark.Hook();
        using var probe = new HookAllocationProbe();
        probe._listening = true;
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var pauses = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Hooks; i++) benchmark.Hook();
        probe._listening = false;
        var counts = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]).ToArray();
        Console.WriteLine($"{benchmark.GetType().Name} at {count}, {Hooks} hooks: gen0 {counts[0]}, gen1 {counts[1]}, gen2 {counts[2]} collections; "
            + $"paused {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms of {watch.Elapsed.TotalMilliseconds:F0} ms");
        lock (probe._bytes)
        {
            var total = probe._bytes.Values.Sum();
            foreach (var (type, bytes) in probe._bytes.OrderByDescending(e => e.Value).Take(30)) Console.WriteLine($"{100.0 * bytes / total,5:F1}%  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_listening || e.EventName != "GCAllocationTick_V4" || e.Payload is not { } payload || e.PayloadNames is not { } names) return;
        var type = (string?)payload[names.IndexOf("TypeName")] ?? "?";
        if (Convert.ToInt32(payload[names.IndexOf("AllocationKind")]) == 1) type = $"large: {type} of {Convert.ToInt64(payload[names.IndexOf("ObjectSize")]) / 1024} KB";
        var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")]);
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }
}
