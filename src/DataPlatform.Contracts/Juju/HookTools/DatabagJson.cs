using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>The stdin of <c>relation-set --file -</c>: one JSON object of strings (Juju reads it as YAML, of which JSON is a subset).</summary>
internal static class DatabagJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<KeyValuePair<string, string>> changes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in changes.OrderBy(kv => kv.Key, StringComparer.Ordinal)) writer.WriteString(key, value);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
