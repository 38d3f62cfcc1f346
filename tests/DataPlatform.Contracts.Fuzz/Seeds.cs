using System.Text.Json;

namespace DataPlatform.Contracts.Fuzz;

/// <summary>The databags recorded in the conformance vectors: every string-to-string object under a databag key.</summary>
public static class Seeds
{
    private static readonly HashSet<string> DatabagKeys = new(StringComparer.Ordinal) { "app", "unit", "remote_databag", "databag" };

    /// <summary>The vectors folder copied next to the fuzzer's assembly.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "vectors");

    /// <summary>Every distinct non-empty databag in the vectors under <paramref name="folder"/>, in a stable order.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        var found = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            Collect(document.RootElement, null, found);
        }
        if (found.Count == 0) throw new InvalidOperationException($"No databags found under {folder}.");
        return found.Values.ToArray();
    }

    private static void Collect(JsonElement element, string? key, SortedDictionary<string, Dictionary<string, string>> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (key is not null && DatabagKeys.Contains(key) && TryDatabag(element, out var databag))
                {
                    // Keyed by content so the same databag recorded twice seeds once.
                    found.TryAdd(string.Join("\n", databag.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value)), databag);
                }
                foreach (var member in element.EnumerateObject()) Collect(member.Value, member.Name, found);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, key, found);
                break;
        }
    }

    private static bool TryDatabag(JsonElement element, out Dictionary<string, string> databag)
    {
        databag = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            if (member.Value.ValueKind != JsonValueKind.String) return false;
            databag[member.Name] = member.Value.GetString()!;
        }
        return databag.Count > 0;
    }
}
