using System.Globalization;
using System.Text;

namespace DataPlatform.Contracts.Fuzz;

/// <summary>
/// Turns a recorded databag into a hostile one: byte flips, truncation, deep nesting, huge numbers,
/// NaN and infinities, lone surrogates, wrong JSON types per key, duplicate keys, unknown versions,
/// and planted secret values. Deterministic for a given <see cref="Random"/>.
/// </summary>
public static class Mutator
{
    /// <summary>A value that must never appear in an exception message or a log line.</summary>
    public const string PlantedSecret = "PLANTED-s3cr3t-9f1c2e77";

    /// <summary>The kinds of mutation, for the figures.</summary>
    public static readonly string[] Kinds =
    {
        "byte-flip", "truncate", "deep-nesting", "huge-number", "nan-infinity", "lone-surrogate",
        "wrong-type", "duplicate-key", "unknown-version", "drop-key", "unknown-key", "planted-secret",
    };

    private static readonly string[] WrongTypes =
    {
        "1", "-1", "0", "true", "false", "null", "[]", "{}", "\"s\"", "[1, 2]", "{\"a\": 1}", "1.5", "[null]", "[{}]", "[[]]",
        "[\"a\", 1]", "{\"resource\": 1}", "[{\"resource\": null}]", "[{\"request-id\": 5}]", "\"\"", " ", "yes",
    };

    private const string StructuralChars = "{}[]\",:\\ 0-eE.tfn";

    private static readonly string[] Versions = { "v2", "V1", "v1 ", " v1", "v0", "1", "v", "null", "[\"v1\"]", "v1\u0000", "\ud800" };

    private static readonly string[] Specials = { "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1E+999", "-0.0", "1e-400" };

    private static readonly string[] Surrogates = { "\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d", "\\ude00" };

    private static readonly string[] PlantKeys = { "password", "tls-ca", "username", "mtls-cert", "entity-password", "uris" };

    /// <summary>One to three mutations of <paramref name="seed"/>; the kinds applied are added to <paramref name="applied"/>.</summary>
    public static Dictionary<string, string> Mutate(IReadOnlyDictionary<string, string> seed, Random random, List<string> applied)
    {
        var databag = new Dictionary<string, string>(seed, StringComparer.Ordinal);
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(Kinds.Length);
            applied.Add(Kinds[kind]);
            Apply(kind, databag, random);
        }
        return databag;
    }

    /// <summary>Mutates JSON text as a whole (for readers given a document rather than a databag).</summary>
    public static string MutateText(string text, Random random, List<string> applied)
    {
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(6);
            applied.Add(Kinds[kind]);
            text = kind switch
            {
                0 => FlipChar(text, random),
                1 => Truncate(text, random),
                2 => Nest(text, random),
                3 => ReplaceScalar(text, random, HugeNumber(random)),
                4 => ReplaceScalar(text, random, Pick(Specials, random)),
                _ => InsertInString(text, random, Pick(Surrogates, random)),
            };
        }
        return text;
    }

    private static void Apply(int kind, Dictionary<string, string> databag, Random random)
    {
        var key = databag.Count > 0 ? databag.Keys.ElementAt(random.Next(databag.Count)) : "requests";
        var value = databag.GetValueOrDefault(key, "");
        switch (kind)
        {
            case 0: Set(databag, key, FlipChar(value, random)); break;
            case 1: Set(databag, key, Truncate(value, random)); break;
            case 2: Set(databag, key, Nest(value, random)); break;
            case 3: Set(databag, key, random.Next(2) == 0 ? HugeNumber(random) : ReplaceScalar(value, random, HugeNumber(random))); break;
            case 4:
                var special = Pick(Specials, random);
                Set(databag, key, random.Next(3) == 0 ? special : ReplaceScalar(value, random, special));
                break;
            case 5:
                var surrogate = Pick(Surrogates, random);
                // Escaped inside JSON text, or raw in the databag value (which Python's str can hold).
                Set(databag, key, random.Next(3) == 0 ? Insert(value, random, "\ud800") : InsertInString(value, random, surrogate));
                break;
            case 6: Set(databag, key, random.Next(2) == 0 ? Pick(WrongTypes, random) : ReplaceScalar(value, random, Pick(WrongTypes, random))); break;
            case 7: Set(databag, key, DuplicateKey(value, random)); break;
            case 8: databag["version"] = Pick(Versions, random); break;
            case 9: databag.Remove(key); break;
            case 10: databag[random.Next(2) == 0 ? "x-unknown" : "secret-" + Pick(PlantKeys, random)] = Pick(WrongTypes, random); break;
            default:
                // The secret where it does not belong: a secret member's key in the databag, or inside a request.
                if (random.Next(2) == 0) databag[Pick(PlantKeys, random)] = random.Next(2) == 0 ? PlantedSecret : "[\"" + PlantedSecret + "\"]";
                else Set(databag, key, InsertMember(value, random, "\"" + Pick(PlantKeys, random) + "\": \"" + PlantedSecret + "\""));
                break;
        }
    }

    private static void Set(Dictionary<string, string> databag, string key, string value)
    {
        // Juju deletes a key set to "", as relation-set does.
        if (value.Length == 0) databag.Remove(key);
        else databag[key] = value;
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];

    private static string FlipChar(string text, Random random)
    {
        if (text.Length == 0) return ((char)random.Next(32, 127)).ToString();
        var chars = text.ToCharArray();
        var at = random.Next(chars.Length);
        chars[at] = random.Next(4) switch
        {
            0 => (char)(chars[at] ^ (1 << random.Next(7))),
            1 => StructuralChars[random.Next(StructuralChars.Length)],
            2 => (char)random.Next(0, 32),
            _ => (char)random.Next(0x80, 0xFFFF),
        };
        return new string(chars);
    }

    private static string Truncate(string text, Random random) => text.Length == 0 ? text : text.Substring(0, random.Next(text.Length));

    private static string Nest(string text, Random random)
    {
        // Around the limit of both readers (1000) and well past it.
        var depth = random.Next(3) switch { 0 => random.Next(1, 64), 1 => random.Next(990, 1010), _ => random.Next(1010, 1500) };
        var array = random.Next(2) == 0;
        var open = array ? "[" : "{\"a\": ";
        var close = array ? "]" : "}";
        var inner = random.Next(2) == 0 ? text : "NaN";
        var builder = new StringBuilder(depth * (open.Length + 1) + inner.Length);
        for (var i = 0; i < depth; i++) builder.Append(open);
        builder.Append(inner);
        for (var i = 0; i < depth; i++) builder.Append(close);
        return builder.ToString();
    }

    private static string HugeNumber(Random random)
    {
        var digits = random.Next(3) switch { 0 => random.Next(18, 22), 1 => random.Next(300, 400), _ => random.Next(1000, 4400) };
        var builder = new StringBuilder(digits + 8);
        if (random.Next(2) == 0) builder.Append('-');
        builder.Append((char)('1' + random.Next(9)));
        for (var i = 1; i < digits; i++) builder.Append((char)('0' + random.Next(10)));
        switch (random.Next(4))
        {
            case 0: builder.Append(".5"); break;
            case 1: builder.Append("e").Append(random.Next(300, 100000).ToString(CultureInfo.InvariantCulture)); break;
        }
        return builder.ToString();
    }

    // Replaces one JSON scalar (a string, number or literal after ':' , ',' or '[') with another.
    private static string ReplaceScalar(string text, Random random, string replacement)
    {
        var starts = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ':' or '[' || (text[i] == ',' && i + 1 < text.Length && text[i + 1] == ' ' && (i + 2 >= text.Length || text[i + 2] != '"'))) starts.Add(i + 1);
        }
        if (starts.Count == 0) return replacement;
        var start = starts[random.Next(starts.Count)];
        while (start < text.Length && text[start] == ' ') start++;
        var end = start;
        if (end < text.Length && text[end] == '"')
        {
            end++;
            while (end < text.Length && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
            end = Math.Min(end + 1, text.Length);
        }
        else
        {
            while (end < text.Length && text[end] is not (',' or '}' or ']')) end++;
        }
        return text.Substring(0, start) + replacement + text.Substring(end);
    }

    private static string InsertInString(string text, Random random, string piece)
    {
        var quotes = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quotes.Add(i + 1);
        }
        return quotes.Count == 0 ? Insert(text, random, piece) : text.Insert(quotes[random.Next(quotes.Count)], piece);
    }

    private static string Insert(string text, Random random, string piece) => text.Insert(random.Next(text.Length + 1), piece);

    // {"a": 1, ...} -> {"a": <other>, "a": 1, ...}: json.loads keeps the last value in the first place.
    private static string DuplicateKey(string text, Random random)
    {
        var brace = text.IndexOf('{');
        if (brace < 0) return "{\"resource\": 1, \"resource\": \"" + text.Replace("\"", "", StringComparison.Ordinal) + "\"}";
        var colon = text.IndexOf(':', brace);
        if (colon < 0) return text;
        var key = text.Substring(brace + 1, colon - brace - 1).Trim();
        var other = random.Next(2) == 0 ? Pick(WrongTypes, random) : "\"dup\"";
        return random.Next(2) == 0
            ? text.Insert(brace + 1, key + ": " + other + ", ")
            : InsertMember(text, random, key + ": " + other);
    }

    // Adds "member" to a random object of the JSON text (after its '{').
    private static string InsertMember(string text, Random random, string member)
    {
        var braces = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') braces.Add(i + 1);
        }
        if (braces.Count == 0) return "{" + member + "}";
        var at = braces[random.Next(braces.Count)];
        var empty = at < text.Length && text[at] == '}';
        return text.Insert(at, empty ? member : member + ", ");
    }
}
