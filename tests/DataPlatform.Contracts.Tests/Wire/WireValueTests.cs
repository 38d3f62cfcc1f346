using System.Numerics;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Wire;

/// <summary>
/// A value keeps integers that fit 64 bits apart from larger ones; either way it is the integer
/// json.loads gives, with Python's equality (1 == 1.0 == True) and json.dumps' text.
/// </summary>
public sealed class WireValueTests
{
    public static TheoryData<string> Integers() => new()
    {
        "0", "-1", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
    };

    [Theory]
    [MemberData(nameof(Integers))]
    public void An_integer_on_either_side_of_64_bits_reads_and_writes_as_it_was(string text)
    {
        var expected = BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var value = PythonJson.Parse(text);

        Assert.Equal(WireValueKind.Integer, value.Kind);
        Assert.Equal(expected, value.AsInteger());
        Assert.Equal(text, PythonJson.Serialize(value));
        Assert.Equal(value, WireValue.FromInteger(expected));
        Assert.True(value.SameText(WireValue.FromInteger(expected)));
    }

    [Fact]
    public void Integers_that_differ_past_64_bits_are_not_equal()
    {
        var max = WireValue.FromInteger(long.MaxValue);
        var past = WireValue.FromInteger((BigInteger)long.MaxValue + 1);

        Assert.NotEqual(max, past);
        Assert.False(max.SameText(past));
        Assert.False(past.SameText(max));
    }

    [Fact]
    public void Numbers_compare_as_python_does_and_keep_their_own_text()
    {
        Assert.Equal(WireValue.FromInteger(1), WireValue.FromFloat(1.0));
        Assert.Equal(WireValue.True, WireValue.FromInteger(1));
        Assert.Equal(WireValue.FromInteger(BigInteger.Pow(2, 70)), WireValue.FromFloat(Math.Pow(2, 70)));
        Assert.NotEqual(WireValue.FromFloat(double.NaN), WireValue.FromFloat(double.NaN));
        Assert.False(WireValue.FromInteger(1).SameText(WireValue.FromFloat(1.0)));
        Assert.True(WireValue.FromFloat(-0.0).SameText(WireValue.FromFloat(-0.0)));
        Assert.False(WireValue.FromFloat(-0.0).SameText(WireValue.FromFloat(0.0)));
        Assert.Equal("-0.0", PythonJson.Serialize(WireValue.FromFloat(-0.0)));
        Assert.True(WireValue.True.AsBoolean());
        Assert.False(WireValue.False.AsBoolean());
    }
}
