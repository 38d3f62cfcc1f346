using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Wire;

/// <summary>Expected texts are what CPython 3.11's json.dumps printed for the same values.</summary>
public sealed class PythonJsonWriterTests
{
    [Fact]
    public void Separators_key_order_nulls_and_nesting_follow_json_dumps()
    {
        var inner = new WireObject();
        inner.Set("c", WireValue.FromString("données 😀"));
        var outer = new WireObject();
        outer.Set("a", WireValue.FromArray(new[]
        {
            WireValue.FromInteger(1), WireValue.FromFloat(2.0), WireValue.Null, WireValue.True, WireValue.FromString("x/y"),
        }));
        outer.Set("b", WireValue.FromObject(inner));

        Assert.Equal(
            "{\"a\": [1, 2.0, null, true, \"x/y\"], \"b\": {\"c\": \"donn\\u00e9es \\ud83d\\ude00\"}}",
            PythonJson.Serialize(WireValue.FromObject(outer)));
    }

    [Fact]
    public void Control_characters_quotes_and_non_ascii_are_escaped_as_python_does()
    {
        Assert.Equal(
            "\"\\u0000\\u0001\\u001f\\u007f\\u0080\\u2028\\t\\n\\r\\b\\f\\\"\\\\/ \\u00e9\"",
            PythonJson.Quote("\u0000\u0001\u001f\u007f\u0080\u2028\t\n\r\b\f\"\\/ é"));
    }

    [Fact]
    public void Empty_containers_and_big_integers()
    {
        var writer = new PythonJsonWriter();
        writer.WriteStartArray();
        writer.WriteStringValue("");
        writer.WriteStartObject();
        writer.WriteEndObject();
        writer.WriteStartArray();
        writer.WriteEndArray();
        writer.WriteNumberValue(0L);
        writer.WriteNumberValue(System.Numerics.BigInteger.Pow(10, 30));
        writer.WriteEndArray();
        Assert.Equal("[\"\", {}, [], 0, 1000000000000000000000000000000]", writer.ToString());
    }

    [Fact]
    public void A_writer_can_be_cleared_and_reused()
    {
        var writer = new PythonJsonWriter();
        writer.WriteStartObject();
        writer.WritePropertyName("k");
        writer.WriteBooleanValue((bool?)null);
        writer.WriteEndObject();
        Assert.Equal("{\"k\": null}", writer.ToString());
        writer.Clear();
        writer.WriteStringValue("v");
        Assert.Equal("\"v\"", writer.ToString());
    }

    [Fact]
    public void A_rented_writer_starts_empty_and_two_open_rents_never_share_a_buffer()
    {
        var first = PythonJsonWriter.Rent();
        first.WriteStringValue("a");
        var second = PythonJsonWriter.Rent();
        Assert.NotSame(first, second);
        second.WriteStringValue("b");
        Assert.Equal("\"a\"", PythonJsonWriter.ToStringAndReturn(first));
        Assert.Equal("\"b\"", PythonJsonWriter.ToStringAndReturn(second));

        var third = PythonJsonWriter.Rent();
        Assert.Equal("", third.ToString());
        third.WriteNullValue();
        Assert.Equal("null", PythonJsonWriter.ToStringAndReturn(third));
    }

    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(16.2, "16.2")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-4, "0.0001")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.00012345, "0.00012345")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e16, "1.5e+16")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(1e22, "1e+22")]
    [InlineData(1e-7, "1e-07")]
    [InlineData(2.5e-310, "2.5e-310")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(3.141592653589793, "3.141592653589793")]
    [InlineData(100.0, "100.0")]
    [InlineData(1234.5678, "1234.5678")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Floats_are_written_as_python_repr(double value, string python)
    {
        Assert.Equal(python, PythonJson.Serialize(WireValue.FromFloat(value)));
    }
}
