using System.Collections.Immutable;

namespace DataPlatform.Contracts.Testing.State;

/// <summary>Helpers for databags and secret contents: immutable, ordinal, sorted by key.</summary>
internal static class Bag
{
    /// <summary>The empty bag.</summary>
    public static readonly ImmutableSortedDictionary<string, string> Empty =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal, StringComparer.Ordinal);

    /// <summary>An immutable copy of <paramref name="values"/>.</summary>
    public static ImmutableSortedDictionary<string, string> Of(IEnumerable<KeyValuePair<string, string>> values) =>
        Empty.AddRange(values);

    /// <summary><paramref name="bag"/> with <paramref name="changes"/> merged in; a value of <c>""</c> deletes the key.</summary>
    public static ImmutableSortedDictionary<string, string> Merge(
        ImmutableSortedDictionary<string, string> bag, IEnumerable<KeyValuePair<string, string>> changes)
    {
        var builder = bag.ToBuilder();
        foreach (var (key, value) in changes)
        {
            if (value.Length == 0) builder.Remove(key);
            else builder[key] = value;
        }

        return builder.ToImmutable();
    }

    /// <summary>Whether the two bags hold the same keys and values.</summary>
    public static bool SameAs(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        if (a.Count != b.Count) return false;
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !string.Equals(value, other, StringComparison.Ordinal)) return false;
        }

        return true;
    }
}
