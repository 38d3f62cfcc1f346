using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataPlatform.Contracts.Conformance.Tests.Comparison;

/// <summary>
/// Python's <c>json.dumps</c> defaults (conformance README: separators <c>", "</c>/<c>": "</c>,
/// <c>ensure_ascii</c>, key order kept), written here apart from the library's own writer so that
/// expected values derived by the divergence rules do not come from the code under test.
/// </summary>
public static class PythonDumps
{
    public static string Of(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(", ", o.Select(p => Quote(p.Key) + ": " + Of(p.Value))) + "}",
        JsonArray a => "[" + string.Join(", ", a.Select(Of)) + "]",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => Quote(v.GetValue<string>()),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => v.ToJsonString(),
            var kind => throw new ArgumentException($"no JSON text for a {kind}"),
        },
        _ => throw new ArgumentException("not a JSON value"),
    };

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ when c < 0x20 || c > 0x7e => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}
