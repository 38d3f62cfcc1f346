using System.Globalization;
using System.Text;

namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>
/// The <c>--format=json</c> answers of the fake tools, as Juju's Go <c>encoding/json</c> prints
/// them: compact, one line, non-ASCII as UTF-8, but <c>&lt;</c> <c>&gt;</c> <c>&amp;</c>, U+2028,
/// U+2029 and control characters escaped, so a backend must decode escapes to pass.
/// </summary>
internal static class JsonOut
{
    public static string Bool(bool value) => value ? "true\n" : "false\n";

    public static string String(string? value) => (value is null ? "null" : Quote(new StringBuilder(), value).ToString()) + "\n";

    public static string List(IEnumerable<string> items)
    {
        var json = new StringBuilder("[");
        foreach (var item in items)
        {
            if (json.Length > 1) json.Append(',');
            Quote(json, item);
        }

        return json.Append("]\n").ToString();
    }

    /// <summary>A map of strings, keys sorted as Go sorts map keys.</summary>
    public static string Map(IEnumerable<KeyValuePair<string, string>> map) =>
        Object(map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, Quote(new StringBuilder(), kv.Value).ToString())));

    /// <summary>An object of <paramref name="members"/> in the given order (a Go struct's field order), values already JSON.</summary>
    public static string Object(IEnumerable<(string Key, string Json)> members)
    {
        var json = new StringBuilder("{");
        foreach (var (key, value) in members)
        {
            if (json.Length > 1) json.Append(',');
            Quote(json, key).Append(':').Append(value.TrimEnd('\n'));
        }

        return json.Append("}\n").ToString();
    }

    private static StringBuilder Quote(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: json.Append(c); break;
            }
        }

        return json.Append('"');
    }
}
