using System.Collections.Concurrent;
using System.Text.Json;

namespace DataPlatform.Contracts.Conformance.Tests.Vectors;

/// <summary>Parsed vector files, each read once per run.</summary>
public static class VectorFiles
{
    private static readonly ConcurrentDictionary<string, JsonElement> Cache = new(StringComparer.Ordinal);

    public static JsonElement Load(string path) =>
        Cache.GetOrAdd(path, p =>
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(p));
            return document.RootElement.Clone();
        });
}
