namespace DataPlatform.Contracts.Wire;

/// <summary>
/// Lists a decoder fills before it knows how many items a JSON array or object holds, reused per
/// thread (one per nesting level), so the value it makes is allocated once at its final size
/// rather than grown by doubling (docs/hook-cost.md).
/// </summary>
internal static class ScratchLists<T>
{
    // Lists that grew past this many items are dropped, not kept for the thread.
    private const int MaxKept = 4096;

    [ThreadStatic]
    private static Stack<List<T>>? t_free;

    public static List<T> Rent() => t_free is { Count: > 0 } free ? free.Pop() : new List<T>();

    /// <summary>Hands <paramref name="list"/> back, emptied, for the next value at its level.</summary>
    public static void Return(List<T> list)
    {
        if (list.Capacity > MaxKept) return;
        list.Clear();
        (t_free ??= new Stack<List<T>>()).Push(list);
    }
}
