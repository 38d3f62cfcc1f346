using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>The <c>--format=json</c> answers of the fake tools, one line each like Juju's.</summary>
internal static class JsonOut
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Bool(bool value) => value ? "true\n" : "false\n";

    public static string String(string? value) => Write(w =>
    {
        if (value is null) w.WriteNullValue();
        else w.WriteStringValue(value);
    });

    public static string List(IEnumerable<string> items) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var item in items) w.WriteStringValue(item);
        w.WriteEndArray();
    });

    public static string Map(IEnumerable<KeyValuePair<string, string>> map) => Write(w =>
    {
        w.WriteStartObject();
        foreach (var (key, value) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteString(key, value);
        w.WriteEndObject();
    });

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }
}
