namespace DataPlatform.Contracts.Wire;

/// <summary>The kind of a decoded JSON value, as Python's <c>json.loads</c> would type it.</summary>
public enum WireValueKind
{
    /// <summary>JSON <c>null</c> (Python <c>None</c>).</summary>
    Null,
    /// <summary>JSON <c>true</c> or <c>false</c> (Python <c>bool</c>).</summary>
    Boolean,
    /// <summary>A number without fraction or exponent (Python <c>int</c>, arbitrary precision).</summary>
    Integer,
    /// <summary>A number with a fraction or an exponent, or <c>NaN</c>/<c>Infinity</c> (Python <c>float</c>).</summary>
    Float,
    /// <summary>A string.</summary>
    String,
    /// <summary>An array (Python <c>list</c>).</summary>
    Array,
    /// <summary>An object with keys in insertion order (Python <c>dict</c>).</summary>
    Object,
}
