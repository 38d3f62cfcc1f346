namespace DataPlatform.Contracts.Testing;

/// <summary>
/// <see cref="RelationSimulator.Settle"/> ran more hooks than allowed without the model becoming
/// quiet: the charms keep changing what the other side sees (a relation-changed storm).
/// </summary>
public sealed class SettleStormException : Exception
{
    /// <summary>Creates the exception from the hooks that ran.</summary>
    public SettleStormException(int maxHooks, IReadOnlyList<HookRun> runs)
        : base(Describe(maxHooks, runs)) => Runs = runs;

    /// <summary>Every hook that ran during the settle.</summary>
    public IReadOnlyList<HookRun> Runs { get; }

    private static string Describe(int maxHooks, IReadOnlyList<HookRun> runs)
    {
        var counts = runs
            .GroupBy(r => $"{r.Unit} {r.Hook.Name}", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} x{g.Count()}");
        return $"the model did not settle within {maxHooks} hooks; hooks run: {string.Join(", ", counts)}";
    }
}
