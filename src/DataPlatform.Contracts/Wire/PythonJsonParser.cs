using System.Globalization;
using System.Numerics;
using System.Text;

namespace DataPlatform.Contracts.Wire;

/// <summary>
/// A JSON parser with the grammar of CPython's <c>json.loads</c> (its C scanner, strict mode),
/// over UTF-16 text: <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> anywhere, escaped and raw
/// lone surrogates kept as they are, duplicate keys last-wins in the first key's place.
/// </summary>
/// <remarks>
/// The slow path of <see cref="WireJsonReader"/>: System.Text.Json refuses these inputs, which the
/// reference library both writes (<c>json.dumps</c> escapes a lone surrogate as <c>\ud800</c>)
/// and reads. Never throws on bad input; nesting deeper than <see cref="MaxDepth"/> is refused as
/// System.Text.Json refuses it.
/// </remarks>
internal ref struct PythonJsonParser
{
    public const int MaxDepth = 1000;

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _depth;

    private readonly int _maxDepth;

    private PythonJsonParser(ReadOnlySpan<char> text, int maxDepth = MaxDepth)
    {
        _text = text;
        _position = 0;
        _depth = 0;
        _maxDepth = maxDepth;
    }

    /// <summary>Parses one JSON document, surrounded by optional whitespace.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out WireValue value) => TryParse(text, MaxDepth, out value);

    /// <summary>Parses one JSON document nested at most <paramref name="maxDepth"/> deep.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, int maxDepth, out WireValue value)
    {
        var parser = new PythonJsonParser(text, maxDepth);
        parser.SkipWhitespace();
        if (!parser.TryValue(out value)) return false;
        parser.SkipWhitespace();
        if (parser._position == text.Length) return true;
        value = WireValue.Null;
        return false;
    }

    /// <summary>
    /// Decodes the body of a JSON string (between its quotes, escapes included) as Python does:
    /// false when an escape is malformed or a control character appears raw.
    /// </summary>
    public static bool TryUnescape(ReadOnlySpan<char> body, out string value)
    {
        var parser = new PythonJsonParser(body);
        var text = new StringBuilder(body.Length);
        value = "";
        while (parser._position < body.Length)
        {
            if (!parser.TryStringChunk(text, stopAtQuote: false)) return false;
        }
        value = text.ToString();
        return true;
    }

    private bool TryValue(out WireValue value)
    {
        value = WireValue.Null;
        if (_position >= _text.Length) return false;
        var c = _text[_position];
        switch (c)
        {
            case '"':
                _position++;
                if (!TryString(out var text)) return false;
                value = WireValue.FromString(text);
                return true;
            case '{': return TryObject(out value);
            case '[': return TryArray(out value);
            case 'n': return TryLiteral("null", WireValue.Null, out value);
            case 't': return TryLiteral("true", WireValue.True, out value);
            case 'f': return TryLiteral("false", WireValue.False, out value);
            case 'N': return TryLiteral("NaN", WireValue.FromFloat(double.NaN), out value);
            case 'I': return TryLiteral("Infinity", WireValue.FromFloat(double.PositiveInfinity), out value);
            case '-' when _text[_position..].StartsWith("-Infinity", StringComparison.Ordinal):
                return TryLiteral("-Infinity", WireValue.FromFloat(double.NegativeInfinity), out value);
            default:
                return TryNumber(out value);
        }
    }

    private bool TryLiteral(string literal, WireValue literalValue, out WireValue value)
    {
        value = WireValue.Null;
        if (!_text[_position..].StartsWith(literal, StringComparison.Ordinal)) return false;
        _position += literal.Length;
        value = literalValue;
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? with ASCII digits, as the C scanner matches.
    private bool TryNumber(out WireValue value)
    {
        value = WireValue.Null;
        var start = _position;
        if (Peek() == '-') _position++;
        if (Peek() == '0') _position++;
        else if (Peek() is >= '1' and <= '9') SkipDigits();
        else { _position = start; return false; }

        var isFloat = false;
        if (Peek() == '.' && PeekAt(1) is >= '0' and <= '9')
        {
            _position++;
            SkipDigits();
            isFloat = true;
        }
        if (Peek() is 'e' or 'E')
        {
            var exponentStart = _position;
            _position++;
            if (Peek() is '+' or '-') _position++;
            if (Peek() is >= '0' and <= '9')
            {
                SkipDigits();
                isFloat = true;
            }
            else _position = exponentStart; // "1e" is the number 1 followed by extra data.
        }

        var literal = _text[start.._position];
        value = isFloat
            // Python turns an out-of-range literal into an infinity (or zero) rather than failing.
            ? WireValue.FromFloat(double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture))
            : WireValue.FromInteger(BigInteger.Parse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        return true;
    }

    private bool TryString(out string value)
    {
        var text = new StringBuilder();
        value = "";
        while (true)
        {
            if (_position >= _text.Length) return false;
            if (_text[_position] == '"')
            {
                _position++;
                value = text.ToString();
                return true;
            }
            if (!TryStringChunk(text, stopAtQuote: true)) return false;
        }
    }

    // Appends a run of plain characters or one escape; false on a raw control character or a bad escape.
    private bool TryStringChunk(StringBuilder text, bool stopAtQuote)
    {
        var start = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\\' || (stopAtQuote && c == '"')) break;
            if (c < ' ') return false;
            _position++;
        }
        text.Append(_text[start.._position]);
        if (_position >= _text.Length || _text[_position] != '\\') return true;

        _position++;
        if (_position >= _text.Length) return false;
        var escape = _text[_position++];
        switch (escape)
        {
            case '"': text.Append('"'); return true;
            case '\\': text.Append('\\'); return true;
            case '/': text.Append('/'); return true;
            case 'b': text.Append('\b'); return true;
            case 'f': text.Append('\f'); return true;
            case 'n': text.Append('\n'); return true;
            case 'r': text.Append('\r'); return true;
            case 't': text.Append('\t'); return true;
            case 'u':
                if (!TryHex4(out var unit)) return false;
                text.Append(unit);
                // A high surrogate escape followed by a low one is one character; either alone stays
                // a lone surrogate, as in Python. Appending the two units gives both cases.
                return true;
            default: return false;
        }
    }

    private bool TryHex4(out char unit)
    {
        unit = '\0';
        if (_position + 4 > _text.Length) return false;
        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(_text[_position + i]);
            if (digit < 0) return false;
            code = (code << 4) | digit;
        }
        _position += 4;
        unit = (char)code;
        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private bool TryArray(out WireValue value)
    {
        value = WireValue.Null;
        if (++_depth > _maxDepth) return false;
        _position++;
        var items = new List<WireValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
        }
        else
        {
            while (true)
            {
                if (!TryValue(out var item)) return false;
                items.Add(item);
                SkipWhitespace();
                var next = Peek();
                _position++;
                if (next == ']') break;
                if (next != ',') return false;
                SkipWhitespace();
            }
        }
        _depth--;
        value = WireValue.FromArray(items);
        return true;
    }

    private bool TryObject(out WireValue value)
    {
        value = WireValue.Null;
        if (++_depth > _maxDepth) return false;
        _position++;
        var members = new WireObject();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
        }
        else
        {
            while (true)
            {
                if (Peek() != '"') return false;
                _position++;
                if (!TryString(out var key)) return false;
                SkipWhitespace();
                if (Peek() != ':') return false;
                _position++;
                SkipWhitespace();
                if (!TryValue(out var member)) return false;
                members.Set(key, member);
                SkipWhitespace();
                var next = Peek();
                _position++;
                if (next == '}') break;
                if (next != ',') return false;
                SkipWhitespace();
            }
        }
        _depth--;
        value = WireValue.FromObject(members);
        return true;
    }

    private void SkipDigits()
    {
        while (Peek() is >= '0' and <= '9') _position++;
    }

    private void SkipWhitespace()
    {
        while (Peek() is ' ' or '\t' or '\n' or '\r') _position++;
    }

    private readonly char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private readonly char PeekAt(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';
}
