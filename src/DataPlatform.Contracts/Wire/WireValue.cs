using System.Numerics;

namespace DataPlatform.Contracts.Wire;

/// <summary>
/// An immutable decoded JSON value with Python's value semantics: equality is Python's <c>==</c> on
/// the values <c>json.loads</c> returns (<c>1 == 1.0 == true</c>, dicts compare regardless of key
/// order, lists element by element). Used for unknown (extra) model keys and for diffs.
/// </summary>
public sealed class WireValue : IEquatable<WireValue>
{
    // One reference and one 64-bit field hold any kind, so a value is 40 bytes: a string, list,
    // object or big integer in _ref; a bool, an integer that fits a long, or a float's bits in _bits.
    // A data memory of a thousand requests holds tens of thousands of values (docs/hook-cost.md).
    private readonly object? _ref;
    private readonly long _bits;

    private WireValue(WireValueKind kind, object? reference = null, long bits = 0)
    {
        Kind = kind;
        _ref = reference;
        _bits = bits;
    }

    /// <summary>JSON <c>null</c>.</summary>
    public static WireValue Null { get; } = new(WireValueKind.Null);

    /// <summary>JSON <c>true</c>.</summary>
    public static WireValue True { get; } = new(WireValueKind.Boolean, bits: 1);

    /// <summary>JSON <c>false</c>.</summary>
    public static WireValue False { get; } = new(WireValueKind.Boolean, bits: 0);

    /// <summary>What Python type this value decodes to.</summary>
    public WireValueKind Kind { get; }

    /// <summary>Wraps a string; <see langword="null"/> gives <see cref="Null"/>.</summary>
    public static WireValue FromString(string? value) => value is null ? Null : new(WireValueKind.String, value);

    /// <summary>Wraps a boolean.</summary>
    public static WireValue FromBoolean(bool value) => value ? True : False;

    /// <summary>Wraps an integer.</summary>
    public static WireValue FromInteger(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? new(WireValueKind.Integer, bits: (long)value) : new(WireValueKind.Integer, value);

    /// <summary>Wraps a float (Python <c>float</c>, including NaN and the infinities).</summary>
    public static WireValue FromFloat(double value) => new(WireValueKind.Float, bits: BitConverter.DoubleToInt64Bits(value));

    /// <summary>Wraps a list of values; the list is taken as it is and must not be changed afterwards.</summary>
    public static WireValue FromArray(IReadOnlyList<WireValue> items) =>
        new(WireValueKind.Array, items ?? throw new ArgumentNullException(nameof(items)));

    /// <summary>An array of strings, e.g. the privileges of an entity permission.</summary>
    public static WireValue FromStrings(params string[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return FromArray(Array.ConvertAll(items, FromString));
    }

    /// <summary>Wraps an object; the object is taken as it is and must not be changed afterwards.</summary>
    public static WireValue FromObject(WireObject value) =>
        new(WireValueKind.Object, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>True when <see cref="Kind"/> is <see cref="WireValueKind.Null"/>.</summary>
    public bool IsNull => Kind == WireValueKind.Null;

    /// <summary>The string of a <see cref="WireValueKind.String"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a string.</exception>
    public string AsString() => Kind == WireValueKind.String ? Text : throw WrongKind(WireValueKind.String);

    /// <summary>The boolean of a <see cref="WireValueKind.Boolean"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a boolean.</exception>
    public bool AsBoolean() => Kind == WireValueKind.Boolean ? _bits != 0 : throw WrongKind(WireValueKind.Boolean);

    /// <summary>The integer of a <see cref="WireValueKind.Integer"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not an integer.</exception>
    public BigInteger AsInteger() => Kind == WireValueKind.Integer ? Integer : throw WrongKind(WireValueKind.Integer);

    /// <summary>The number of a <see cref="WireValueKind.Float"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a float.</exception>
    public double AsFloat() => Kind == WireValueKind.Float ? Float : throw WrongKind(WireValueKind.Float);

    /// <summary>The items of a <see cref="WireValueKind.Array"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not an array.</exception>
    public IReadOnlyList<WireValue> AsArray() => Kind == WireValueKind.Array ? Items : throw WrongKind(WireValueKind.Array);

    /// <summary>The members of a <see cref="WireValueKind.Object"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not an object.</exception>
    public WireObject AsObject() => Kind == WireValueKind.Object ? Members : throw WrongKind(WireValueKind.Object);

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
            case WireValueKind.String: return string.Equals(Text, other.Text, StringComparison.Ordinal);
            case WireValueKind.Boolean:
            case WireValueKind.Integer: return _ref is null && other._ref is null ? _bits == other._bits : Integer == other.Integer;
            case WireValueKind.Float: return _bits == other._bits;
            case WireValueKind.Array:
                var items = Items;
                var others = other.Items;
                if (items.Count != others.Count) return false;
                for (var i = 0; i < items.Count; i++)
                {
                    if (!items[i].SameText(others[i])) return false;
                }
                return true;
            default:
                var a = Members;
                var b = other.Members;
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
        if (ReferenceEquals(this, other)) return Kind != WireValueKind.Float || !double.IsNaN(Float);
        if (IsNumeric && other.IsNumeric) return NumbersEqual(this, other);
        if (Kind != other.Kind) return false;
        switch (Kind)
        {
            case WireValueKind.Null: return true;
            case WireValueKind.String: return string.Equals(Text, other.Text, StringComparison.Ordinal);
            case WireValueKind.Array:
                var a = Items;
                var b = other.Items;
                if (a.Count != b.Count) return false;
                for (var i = 0; i < a.Count; i++)
                {
                    if (!a[i].Equals(b[i])) return false;
                }
                return true;
            default: return Members.Equals(other.Members);
        }
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WireValue other && Equals(other);

    /// <summary>A hash consistent with Python equality: equal numbers of any kind hash alike.</summary>
    public override int GetHashCode() => Kind switch
    {
        WireValueKind.Null => 0,
        WireValueKind.Boolean or WireValueKind.Integer => NumericHash((double)Integer),
        WireValueKind.Float => NumericHash(Float),
        WireValueKind.String => StringComparer.Ordinal.GetHashCode(Text),
        WireValueKind.Array => HashCode.Combine(WireValueKind.Array, Items.Count),
        _ => HashCode.Combine(WireValueKind.Object, Members.Count),
    };

    /// <summary>The value as Python's <c>json.dumps</c> writes it.</summary>
    public override string ToString() => PythonJson.Serialize(this);

    private bool IsNumeric => Kind is WireValueKind.Boolean or WireValueKind.Integer or WireValueKind.Float;

    private string Text => (string)_ref!;

    private BigInteger Integer => _ref is BigInteger big ? big : new BigInteger(_bits);

    private double Float => BitConverter.Int64BitsToDouble(_bits);

    private IReadOnlyList<WireValue> Items => (IReadOnlyList<WireValue>)_ref!;

    private WireObject Members => (WireObject)_ref!;

    // Python compares int and float exactly (no rounding of big ints), and bools as 0 / 1.
    private static bool NumbersEqual(WireValue x, WireValue y)
    {
        var xFloat = x.Kind == WireValueKind.Float;
        var yFloat = y.Kind == WireValueKind.Float;
        if (xFloat && yFloat) return x.Float == y.Float;
        if (!xFloat && !yFloat) return x.Integer == y.Integer;
        var f = xFloat ? x.Float : y.Float;
        var i = xFloat ? y.Integer : x.Integer;
        return double.IsFinite(f) && Math.Floor(f) == f && new BigInteger(f) == i;
    }

    private static int NumericHash(double value) => value == 0 ? 0 : value.GetHashCode();

    private InvalidOperationException WrongKind(WireValueKind wanted) =>
        new($"The JSON value is {Kind}, not {wanted}.");
}
