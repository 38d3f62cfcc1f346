using System.Numerics;

namespace DataPlatform.Contracts.Wire;

/// <summary>
/// An immutable decoded JSON value with Python's value semantics: equality is Python's <c>==</c> on
/// the values <c>json.loads</c> returns (<c>1 == 1.0 == true</c>, dicts compare regardless of key
/// order, lists element by element). Used for unknown (extra) model keys and for diffs.
/// </summary>
public sealed class WireValue : IEquatable<WireValue>
{
    private static readonly WireValue[] NoItems = System.Array.Empty<WireValue>();

    private readonly string? _string;
    private readonly BigInteger _integer;
    private readonly double _float;
    private readonly IReadOnlyList<WireValue>? _items;
    private readonly WireObject? _object;

    private WireValue(WireValueKind kind, string? text = null, BigInteger integer = default, double number = 0,
        IReadOnlyList<WireValue>? items = null, WireObject? obj = null)
    {
        Kind = kind;
        _string = text;
        _integer = integer;
        _float = number;
        _items = items;
        _object = obj;
    }

    /// <summary>JSON <c>null</c>.</summary>
    public static WireValue Null { get; } = new(WireValueKind.Null);

    /// <summary>JSON <c>true</c>.</summary>
    public static WireValue True { get; } = new(WireValueKind.Boolean, integer: BigInteger.One);

    /// <summary>JSON <c>false</c>.</summary>
    public static WireValue False { get; } = new(WireValueKind.Boolean, integer: BigInteger.Zero);

    /// <summary>What Python type this value decodes to.</summary>
    public WireValueKind Kind { get; }

    /// <summary>Wraps a string; <see langword="null"/> gives <see cref="Null"/>.</summary>
    public static WireValue FromString(string? value) => value is null ? Null : new(WireValueKind.String, text: value);

    /// <summary>Wraps a boolean.</summary>
    public static WireValue FromBoolean(bool value) => value ? True : False;

    /// <summary>Wraps an integer.</summary>
    public static WireValue FromInteger(BigInteger value) => new(WireValueKind.Integer, integer: value);

    /// <summary>Wraps a float (Python <c>float</c>, including NaN and the infinities).</summary>
    public static WireValue FromFloat(double value) => new(WireValueKind.Float, number: value);

    /// <summary>Wraps a list of values; the list is taken as it is and must not be changed afterwards.</summary>
    public static WireValue FromArray(IReadOnlyList<WireValue> items) =>
        new(WireValueKind.Array, items: items ?? throw new ArgumentNullException(nameof(items)));

    /// <summary>An array of strings, e.g. the privileges of an entity permission.</summary>
    public static WireValue FromStrings(params string[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return FromArray(Array.ConvertAll(items, FromString));
    }

    /// <summary>Wraps an object; the object is taken as it is and must not be changed afterwards.</summary>
    public static WireValue FromObject(WireObject value) =>
        new(WireValueKind.Object, obj: value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>True when <see cref="Kind"/> is <see cref="WireValueKind.Null"/>.</summary>
    public bool IsNull => Kind == WireValueKind.Null;

    /// <summary>The string of a <see cref="WireValueKind.String"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a string.</exception>
    public string AsString() => Kind == WireValueKind.String ? _string! : throw WrongKind(WireValueKind.String);

    /// <summary>The boolean of a <see cref="WireValueKind.Boolean"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a boolean.</exception>
    public bool AsBoolean() => Kind == WireValueKind.Boolean ? !_integer.IsZero : throw WrongKind(WireValueKind.Boolean);

    /// <summary>The integer of a <see cref="WireValueKind.Integer"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not an integer.</exception>
    public BigInteger AsInteger() => Kind == WireValueKind.Integer ? _integer : throw WrongKind(WireValueKind.Integer);

    /// <summary>The number of a <see cref="WireValueKind.Float"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a float.</exception>
    public double AsFloat() => Kind == WireValueKind.Float ? _float : throw WrongKind(WireValueKind.Float);

    /// <summary>The items of a <see cref="WireValueKind.Array"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not an array.</exception>
    public IReadOnlyList<WireValue> AsArray() => Kind == WireValueKind.Array ? _items! : throw WrongKind(WireValueKind.Array);

    /// <summary>The members of a <see cref="WireValueKind.Object"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not an object.</exception>
    public WireObject AsObject() => Kind == WireValueKind.Object ? _object! : throw WrongKind(WireValueKind.Object);

    /// <summary>
    /// Whether the two values write the same JSON text: same kinds, same numbers bit for bit, same
    /// members in the same order (stricter than <see cref="Equals(WireValue?)"/>, where 1 == 1.0 == true).
    /// </summary>
    internal bool SameText(WireValue other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (Kind != other.Kind) return false;
        switch (Kind)
        {
            case WireValueKind.Null: return true;
            case WireValueKind.String: return string.Equals(_string, other._string, StringComparison.Ordinal);
            case WireValueKind.Boolean:
            case WireValueKind.Integer: return _integer == other._integer;
            case WireValueKind.Float: return BitConverter.DoubleToInt64Bits(_float) == BitConverter.DoubleToInt64Bits(other._float);
            case WireValueKind.Array:
                if (_items!.Count != other._items!.Count) return false;
                for (var i = 0; i < _items.Count; i++)
                {
                    if (!_items[i].SameText(other._items[i])) return false;
                }
                return true;
            default:
                var a = _object!;
                var b = other._object!;
                if (a.Count != b.Count) return false;
                for (var i = 0; i < a.Count; i++)
                {
                    if (!string.Equals(a[i].Key, b[i].Key, StringComparison.Ordinal) || !a[i].Value.SameText(b[i].Value)) return false;
                }
                return true;
        }
    }

    /// <summary>Python <c>==</c> between the decoded values.</summary>
    public bool Equals(WireValue? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return Kind != WireValueKind.Float || !double.IsNaN(_float);
        if (IsNumeric && other.IsNumeric) return NumbersEqual(this, other);
        if (Kind != other.Kind) return false;
        switch (Kind)
        {
            case WireValueKind.Null: return true;
            case WireValueKind.String: return string.Equals(_string, other._string, StringComparison.Ordinal);
            case WireValueKind.Array:
                var a = _items!;
                var b = other._items!;
                if (a.Count != b.Count) return false;
                for (var i = 0; i < a.Count; i++)
                {
                    if (!a[i].Equals(b[i])) return false;
                }
                return true;
            default: return _object!.Equals(other._object);
        }
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WireValue other && Equals(other);

    /// <summary>A hash consistent with Python equality: equal numbers of any kind hash alike.</summary>
    public override int GetHashCode() => Kind switch
    {
        WireValueKind.Null => 0,
        WireValueKind.Boolean or WireValueKind.Integer => NumericHash((double)_integer),
        WireValueKind.Float => NumericHash(_float),
        WireValueKind.String => StringComparer.Ordinal.GetHashCode(_string!),
        WireValueKind.Array => HashCode.Combine(WireValueKind.Array, _items!.Count),
        _ => HashCode.Combine(WireValueKind.Object, _object!.Count),
    };

    /// <summary>The value as Python's <c>json.dumps</c> writes it.</summary>
    public override string ToString() => PythonJson.Serialize(this);

    private bool IsNumeric => Kind is WireValueKind.Boolean or WireValueKind.Integer or WireValueKind.Float;

    // Python compares int and float exactly (no rounding of big ints), and bools as 0 / 1.
    private static bool NumbersEqual(WireValue x, WireValue y)
    {
        var xFloat = x.Kind == WireValueKind.Float;
        var yFloat = y.Kind == WireValueKind.Float;
        if (xFloat && yFloat) return x._float == y._float;
        if (!xFloat && !yFloat) return x._integer == y._integer;
        var f = xFloat ? x._float : y._float;
        var i = xFloat ? y._integer : x._integer;
        return double.IsFinite(f) && Math.Floor(f) == f && new BigInteger(f) == i;
    }

    private static int NumericHash(double value) => value == 0 ? 0 : value.GetHashCode();

    private InvalidOperationException WrongKind(WireValueKind wanted) =>
        new($"The JSON value is {Kind}, not {wanted}.");
}
