using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Wire;

/// <summary>docs/protocol/serialization.md#writing-a-model-to-a-databag, docs/protocol/serialization.md#reading-a-databag-into-a-model, with D9 for string-typed fields.</summary>
public sealed class DatabagValueTests
{
    [Theory]
    [InlineData("true", WireValueKind.Boolean)]
    [InlineData("123", WireValueKind.Integer)]
    [InlineData("16.2", WireValueKind.Float)]
    [InlineData("null", WireValueKind.Null)]
    [InlineData("[\"a\"]", WireValueKind.Array)]
    [InlineData("mydb", WireValueKind.String)]
    [InlineData("secret:abc", WireValueKind.String)]
    public void Values_of_non_string_fields_are_json_decoded_when_they_parse(string text, WireValueKind kind)
    {
        Assert.Equal(kind, DatabagValue.Decode(text).Kind);
    }

    [Fact]
    public void Undecodable_text_stays_the_raw_string()
    {
        Assert.Equal("mydb", DatabagValue.Decode("mydb").AsString());
        Assert.Equal("quoted", DatabagValue.Decode("\"quoted\"").AsString());
    }

    [Fact]
    public void Encoding_deletes_nulls_writes_strings_raw_and_other_values_as_json()
    {
        Assert.Null(DatabagValue.Encode(WireValue.Null));
        Assert.Equal("mydb", DatabagValue.Encode(WireValue.FromString("mydb")));
        Assert.Equal("true", DatabagValue.Encode(WireValue.True));
        Assert.Equal("[\"username\", \"password\"]", DatabagValue.Encode(PythonJson.Parse("[\"username\",\"password\"]")));
    }
}
