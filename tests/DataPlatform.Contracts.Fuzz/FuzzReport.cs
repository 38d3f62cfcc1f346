using System.Text;

namespace DataPlatform.Contracts.Fuzz;

/// <summary>One input that broke a rule: the seed and index replay it.</summary>
/// <param name="Seed">The run's seed.</param>
/// <param name="Index">The input's index in the run.</param>
/// <param name="Target">What was fed the input.</param>
/// <param name="Mutations">The mutations applied to the recorded databag.</param>
/// <param name="Input">The input, printed.</param>
/// <param name="Problem">What went wrong: an untyped exception, a leaked secret, a half-written failed hook.</param>
public sealed record FuzzFailure(int Seed, long Index, string Target, IReadOnlyList<string> Mutations, string Input, string Problem)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"seed {Seed}, input {Index}, target {Target}, mutations [{string.Join(", ", Mutations)}]: {Problem}\n  input: {Input}";
}

/// <summary>The figures of one run.</summary>
public sealed class FuzzReport
{
    /// <summary>Inputs run.</summary>
    public long Inputs { get; internal set; }

    /// <summary>Inputs per target.</summary>
    public SortedDictionary<string, long> PerTarget { get; } = new(StringComparer.Ordinal);

    /// <summary>Time spent per target.</summary>
    public SortedDictionary<string, TimeSpan> TimePerTarget { get; } = new(StringComparer.Ordinal);

    /// <summary>Mutations applied, per kind.</summary>
    public SortedDictionary<string, long> PerMutation { get; } = new(StringComparer.Ordinal);

    /// <summary>The library's typed errors seen, per type name (expected: bad input is refused).</summary>
    public SortedDictionary<string, long> TypedErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>Hooks run by the handler targets, and how many failed (with a typed error).</summary>
    public long Hooks { get; internal set; }

    /// <summary>Hooks that failed.</summary>
    public long FailedHooks { get; internal set; }

    /// <summary>Every broken rule (kept up to <see cref="MaxKept"/>), and how many there were.</summary>
    public List<FuzzFailure> Failures { get; } = new();

    /// <summary>How many rules were broken in all.</summary>
    public long FailureCount { get; internal set; }

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; internal set; }

    internal const int MaxKept = 50;

    internal static void Count(SortedDictionary<string, long> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    internal void AddTime(string target, TimeSpan time) =>
        TimePerTarget[target] = TimePerTarget.TryGetValue(target, out var total) ? total + time : time;

    internal void Fail(FuzzFailure failure)
    {
        FailureCount++;
        if (Failures.Count < MaxKept) Failures.Add(failure);
    }

    /// <summary>The figures as text.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var seconds = Math.Max(Elapsed.TotalSeconds, 1e-9);
        text.AppendLine($"inputs: {Inputs}  elapsed: {Elapsed.TotalSeconds:F1} s  inputs/s: {Inputs / seconds:F0}");
        text.AppendLine("per target:");
        foreach (var (target, n) in PerTarget)
        {
            var time = TimePerTarget.GetValueOrDefault(target);
            text.AppendLine($"  {target}: {n} inputs, {time.TotalSeconds:F1} s, {n / Math.Max(time.TotalSeconds, 1e-9):F0} inputs/s");
        }
        text.AppendLine($"hooks run: {Hooks}  failed hooks: {FailedHooks}");
        text.AppendLine("mutations applied:");
        foreach (var (kind, n) in PerMutation) text.AppendLine($"  {kind}: {n}");
        text.AppendLine("typed errors:");
        foreach (var (type, n) in TypedErrors) text.AppendLine($"  {type}: {n}");
        text.AppendLine($"untyped failures / broken rules: {FailureCount}");
        foreach (var failure in Failures) text.AppendLine("  " + failure);
        return text.ToString();
    }
}
