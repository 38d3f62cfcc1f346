using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>A parsed JSON value with the span it covers in the file.</summary>
internal sealed class JsonNode
{
    public JsonKind Kind { get; set; }
    public TextSpan Span { get; set; }

    /// <summary>A string's value, or a number's text.</summary>
    public string? Text { get; set; }

    public List<JsonNode> Items { get; } = new();
    public List<KeyValuePair<string, JsonNode>> Properties { get; } = new();
}

internal enum JsonKind { Object, Array, String, Number, True, False, Null }

/// <summary>A strict, small JSON parser (RFC 8259): the analyzers cannot ship System.Text.Json.</summary>
internal sealed class JsonParser
{
    private readonly string _text;
    private int _position;

    private JsonParser(string text) => _text = text;

    /// <summary>The root value; on invalid JSON null, with the offset of the error.</summary>
    public static JsonNode? Parse(string text, out int errorAt)
    {
        var parser = new JsonParser(text);
        errorAt = -1;
        try
        {
            if (parser.Peek() == '\uFEFF') parser._position++;
            var root = parser.Value(0);
            parser.Whitespace();
            if (parser._position != text.Length) throw new FormatException();
            return root;
        }
        catch (FormatException)
        {
            errorAt = Math.Min(parser._position, text.Length);
            return null;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void Whitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n') _position++;
    }

    private void Expect(char c)
    {
        if (Peek() != c) throw new FormatException();
        _position++;
    }

    private JsonNode Value(int depth)
    {
        if (depth > 256) throw new FormatException();
        Whitespace();
        var start = _position;
        JsonNode node;
        switch (Peek())
        {
            case '{':
                node = new JsonNode { Kind = JsonKind.Object };
                _position++;
                Whitespace();
                if (Peek() != '}')
                {
                    while (true)
                    {
                        Whitespace();
                        var key = String();
                        Whitespace();
                        Expect(':');
                        node.Properties.Add(new KeyValuePair<string, JsonNode>(key, Value(depth + 1)));
                        Whitespace();
                        if (Peek() == ',') { _position++; continue; }
                        break;
                    }
                }
                Expect('}');
                break;
            case '[':
                node = new JsonNode { Kind = JsonKind.Array };
                _position++;
                Whitespace();
                if (Peek() != ']')
                {
                    while (true)
                    {
                        node.Items.Add(Value(depth + 1));
                        Whitespace();
                        if (Peek() == ',') { _position++; continue; }
                        break;
                    }
                }
                Expect(']');
                break;
            case '"':
                node = new JsonNode { Kind = JsonKind.String, Text = String() };
                break;
            case 't': Literal("true"); node = new JsonNode { Kind = JsonKind.True }; break;
            case 'f': Literal("false"); node = new JsonNode { Kind = JsonKind.False }; break;
            case 'n': Literal("null"); node = new JsonNode { Kind = JsonKind.Null }; break;
            default:
                node = new JsonNode { Kind = JsonKind.Number, Text = Number() };
                break;
        }
        node.Span = TextSpan.FromBounds(start, _position);
        return node;
    }

    private void Literal(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0) throw new FormatException();
        _position += literal.Length;
    }

    private string Number()
    {
        var start = _position;
        if (Peek() == '-') _position++;
        if (Peek() == '0') _position++;
        else if (Peek() is >= '1' and <= '9') Digits();
        else throw new FormatException();
        if (Peek() == '.')
        {
            _position++;
            if (Peek() is not (>= '0' and <= '9')) throw new FormatException();
            Digits();
        }
        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-') _position++;
            if (Peek() is not (>= '0' and <= '9')) throw new FormatException();
            Digits();
        }
        return _text.Substring(start, _position - start);
    }

    private void Digits()
    {
        while (Peek() is >= '0' and <= '9') _position++;
    }

    private string String()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length) throw new FormatException();
            var c = _text[_position++];
            if (c == '"') return builder.ToString();
            if (c < ' ') throw new FormatException();
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (_position >= _text.Length) throw new FormatException();
            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new FormatException();
                    }
                    builder.Append((char)code);
                    _position += 4;
                    break;
                default: throw new FormatException();
            }
        }
    }
}

/// <summary>A status schema file as the analyzers see it: its codes, or the first problem.</summary>
internal sealed class StatusSchemaFile
{
    public HashSet<int> Codes { get; } = new();

    /// <summary>What is wrong with the file, or null when it is a valid schema.</summary>
    public string? Problem { get; set; }

    /// <summary>Where the problem is.</summary>
    public TextSpan ProblemSpan { get; set; }
}

/// <summary>Reads status schemas in the upstream format <c>{"statuses": [{"code": 4001, "message": "...", "resolution": "..."}]}</c>.</summary>
internal static class StatusSchemaReader
{
    public const string FileName = "status-schema.json";

    /// <summary>
    /// The schema in <paramref name="text"/>; null when the file is not a status schema at all (a
    /// JSON file other than <c>status-schema.json</c> that is not an object with <c>statuses</c>).
    /// </summary>
    public static StatusSchemaFile? Read(string text, bool namedAsSchema)
    {
        var root = JsonParser.Parse(text, out var errorAt);
        if (root is null)
        {
            if (!namedAsSchema) return null;
            return new StatusSchemaFile { Problem = "it is not valid JSON", ProblemSpan = new TextSpan(errorAt, 0) };
        }
        var statuses = root.Kind == JsonKind.Object ? root.Properties.LastOrDefault(p => p.Key == "statuses").Value : null;
        if (statuses is null && !namedAsSchema) return null;

        var schema = new StatusSchemaFile();
        if (root.Kind != JsonKind.Object)
        {
            schema.Problem = "it is not a JSON object";
            schema.ProblemSpan = root.Span;
            return schema;
        }
        if (statuses is null) return schema;
        if (statuses.Kind != JsonKind.Array)
        {
            schema.Problem = "'statuses' is not a list";
            schema.ProblemSpan = statuses.Span;
            return schema;
        }
        for (var i = 0; i < statuses.Items.Count; i++)
        {
            var entry = statuses.Items[i];
            var problem = EntryProblem(entry, out var code);
            if (problem is not null)
            {
                schema.Problem = $"statuses[{i}] {problem}";
                schema.ProblemSpan = entry.Span;
                return schema;
            }
            schema.Codes.Add(code);
        }
        return schema;
    }

    private static string? EntryProblem(JsonNode entry, out int code)
    {
        code = 0;
        if (entry.Kind != JsonKind.Object) return "is not an object";
        var properties = entry.Properties.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        if (!properties.TryGetValue("code", out var codeNode)) return "has no 'code'";
        if (codeNode.Kind != JsonKind.Number || !int.TryParse(codeNode.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out code))
        {
            return "has a 'code' that is not an integer";
        }
        foreach (var name in new[] { "message", "resolution" })
        {
            if (!properties.TryGetValue(name, out var node)) return $"has no '{name}'";
            if (node.Kind != JsonKind.String) return $"has a '{name}' that is not a string";
        }
        return null;
    }
}
