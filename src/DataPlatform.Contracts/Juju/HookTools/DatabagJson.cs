using System.Globalization;
using System.Text;

namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>
/// The stdin of <c>relation-set --file -</c>: one JSON object of strings, which Juju reads as YAML
/// (JSON is a subset). Written by hand because System.Text.Json's encoders escape every character
/// outside the BMP as a surrogate pair (<c>\uD83D\uDE00</c>), which a YAML reader need not
/// decode back; here only what JSON requires is escaped and the rest stays UTF-8.
/// </summary>
internal static class DatabagJson
{
    public static string Write(IEnumerable<KeyValuePair<string, string>> changes)
    {
        var json = new StringBuilder("{");
        foreach (var (key, value) in changes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (json.Length > 1) json.Append(',');
            Quote(json, key);
            json.Append(':');
            Quote(json, value);
        }

        return json.Append('}').ToString();
    }

    private static void Quote(StringBuilder json, string text)
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
                case < ' ': json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: json.Append(c); break;
            }
        }

        json.Append('"');
    }
}
