using System.Numerics;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Wire;

/// <summary>Decoding follows json.loads: the expectations are what CPython returned.</summary>
public sealed class WireJsonReaderTests
{
    [Theory]
    [InlineData("1", WireValueKind.Integer)]
    [InlineData("-0", WireValueKind.Integer)]
    [InlineData("1.0", WireValueKind.Float)]
    [InlineData("1E5", WireValueKind.Float)]
    [InlineData("true", WireValueKind.Boolean)]
    [InlineData("null", WireValueKind.Null)]
    [InlineData("\"s\"", WireValueKind.String)]
    [InlineData(" [1] ", WireValueKind.Array)]
    [InlineData("{}", WireValueKind.Object)]
    [InlineData("NaN", WireValueKind.Float)]
    [InlineData("-Infinity", WireValueKind.Float)]
    public void Numbers_with_fraction_or_exponent_are_floats_and_others_ints(string text, WireValueKind kind)
    {
        Assert.True(PythonJson.TryParse(text, out var value));
        Assert.Equal(kind, value.Kind);
    }

    [Theory]
    [InlineData("-0", "0")]
    [InlineData("1E5", "100000.0")]
    [InlineData("1.50", "1.5")]
    [InlineData("1e400", "Infinity")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("{\"a\":1,\"a\":2,\"b\":3}", "{\"a\": 2, \"b\": 3}")]
    public void Decoded_values_are_written_back_as_python_would(string text, string python)
    {
        Assert.Equal(python, PythonJson.Serialize(PythonJson.Parse(text)));
    }

    [Theory]
    [InlineData("mydb")]
    [InlineData("")]
    [InlineData("[1,]")]
    [InlineData("{\"a\": 1} x")]
    [InlineData("// comment\n1")]
    [InlineData("'single'")]
    [InlineData("\"raw\ttab\"")]
    public void Text_that_is_not_json_is_refused_without_throwing(string text)
    {
        Assert.False(PythonJson.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PythonJson.Parse(text));
    }

    [Fact]
    public void A_parse_error_never_quotes_the_text()
    {
        var error = Assert.Throws<FormatException>(() => PythonJson.Parse("hunter2-not-json"));
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void Python_equality_holds_across_numeric_kinds()
    {
        Assert.Equal(WireValue.FromInteger(1), WireValue.FromFloat(1.0));
        Assert.Equal(WireValue.True, WireValue.FromInteger(1));
        Assert.Equal(WireValue.False, WireValue.FromFloat(0.0));
        Assert.NotEqual(WireValue.FromInteger(BigInteger.Pow(2, 53) + 1), WireValue.FromFloat(9007199254740992.0));
        Assert.NotEqual(WireValue.FromFloat(double.NaN), WireValue.FromFloat(double.NaN));
        Assert.NotEqual(WireValue.FromString("1"), WireValue.FromInteger(1));
        Assert.Equal(WireValue.FromInteger(1).GetHashCode(), WireValue.FromFloat(1.0).GetHashCode());
    }

    [Fact]
    public void Objects_compare_regardless_of_key_order_and_lists_in_order()
    {
        Assert.Equal(PythonJson.Parse("{\"a\": 1, \"b\": [1, 2]}"), PythonJson.Parse("{\"b\": [1.0, 2], \"a\": true}"));
        Assert.NotEqual(PythonJson.Parse("[1, 2]"), PythonJson.Parse("[2, 1]"));
        Assert.NotEqual(PythonJson.Parse("{\"a\": 1}"), PythonJson.Parse("{\"a\": 1, \"b\": null}"));
    }

    [Fact]
    public void Setting_an_existing_key_keeps_its_position()
    {
        var obj = PythonJson.Parse("{\"a\": 1, \"b\": 2}").AsObject();
        obj.Set("a", WireValue.FromInteger(3));
        obj.Set("c", WireValue.Null);
        Assert.Equal("{\"a\": 3, \"b\": 2, \"c\": null}", obj.ToString());
        Assert.True(obj.Remove("a"));
        Assert.Equal("{\"b\": 2, \"c\": null}", obj.ToString());
        Assert.Equal(WireValue.FromInteger(2), obj["b"]);
    }
}
