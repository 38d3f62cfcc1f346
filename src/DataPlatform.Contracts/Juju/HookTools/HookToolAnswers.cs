using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>
/// Reads the <c>--format=json</c> answers of the hook tools. Anything but the documented shape is a
/// <see cref="HookToolAnswerException"/> naming the tool and what was asked, never the answer itself
/// (it may be secret content).
/// </summary>
internal static class HookToolAnswers
{
    public static bool Bool(string tool, string about, string stdout)
    {
        var value = Json(tool, about, stdout);
        return value.Kind == WireValueKind.Boolean ? value.AsBoolean() : throw Wrong(tool, about, "a JSON boolean");
    }

    public static string String(string tool, string about, string stdout)
    {
        var value = Json(tool, about, stdout);
        return value.Kind == WireValueKind.String ? value.AsString() : throw Wrong(tool, about, "a JSON string");
    }

    public static List<string> StringList(string tool, string about, string stdout)
    {
        var value = Json(tool, about, stdout);
        if (value.Kind != WireValueKind.Array) throw Wrong(tool, about, "a JSON array of strings");
        var items = value.AsArray();
        var list = new List<string>(items.Count);
        foreach (var item in items)
        {
            list.Add(item.Kind == WireValueKind.String ? item.AsString() : throw Wrong(tool, about, "a JSON array of strings"));
        }

        return list;
    }

    public static Dictionary<string, string> StringMap(string tool, string about, string stdout)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Object(tool, about, stdout))
        {
            map[key] = value.Kind == WireValueKind.String ? value.AsString() : throw Wrong(tool, about, "a JSON object of strings");
        }

        return map;
    }

    public static Dictionary<string, WireValue> Object(string tool, string about, string stdout)
    {
        var value = Json(tool, about, stdout);
        if (value.Kind != WireValueKind.Object) throw Wrong(tool, about, "a JSON object");
        var map = new Dictionary<string, WireValue>(StringComparer.Ordinal);
        foreach (var (key, member) in value.AsObject()) map[key] = member;
        return map;
    }

    /// <summary><c>secret-info-get</c>: <c>{"xid": {"revision": 3, "label": "...", ...}}</c>.</summary>
    public static (string Xid, int Revision, string? Label) SecretInfo(string tool, string about, string stdout)
    {
        var answer = Object(tool, about, stdout);
        if (answer.Count != 1) throw Wrong(tool, about, "a JSON object with one secret");
        var (xid, info) = answer.First();
        if (info.Kind != WireValueKind.Object || !info.AsObject().TryGetValue("revision", out var revision) || revision.Kind != WireValueKind.Integer)
        {
            throw Wrong(tool, about, "a secret with an integer revision");
        }

        var label = info.AsObject().TryGetValue("label", out var l) && l.Kind == WireValueKind.String ? l.AsString() : null;
        return (xid, (int)revision.AsInteger(), label);
    }

    private static WireValue Json(string tool, string about, string stdout)
    {
        if (string.IsNullOrWhiteSpace(stdout)) throw new HookToolAnswerException(tool, about, "empty answer");
        return WireJsonReader.TryParse(stdout.Trim(), out var value) ? value : throw new HookToolAnswerException(tool, about, "malformed JSON");
    }

    private static HookToolAnswerException Wrong(string tool, string about, string expected) => new(tool, about, "expected " + expected);
}
