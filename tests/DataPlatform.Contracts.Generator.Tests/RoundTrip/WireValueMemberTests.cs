using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generator.Tests.RoundTrip;

/// <summary>
/// A <see cref="WireValue"/> member in a flat databag, as the reference's write_model writes a
/// top-level value (docs/protocol/serialization.md#writing-a-model-to-a-databag): None deletes the key, a str is written raw, anything else
/// as json.dumps text.
/// </summary>
public class WireValueMemberTests
{
    private static Databag Write(WireValue value, string? previous = "old")
    {
        var databag = new Databag();
        if (previous is not null) databag["payload"] = previous;
        ((IRelationModel)new PayloadModel { Payload = value }).WriteDatabag(databag, ModelWriteContext.Full);
        return databag;
    }

    [Fact]
    public void Json_null_deletes_the_key() => Assert.False(Write(WireValue.Null).ContainsKey("payload"));

    [Fact]
    public void A_string_is_written_raw() => Assert.Equal("abc", Write(WireValue.FromString("abc"))["payload"]);

    [Fact]
    public void Other_values_are_python_json_text() =>
        Assert.Equal("[1, \"a\", {\"b\": null}]", Write(PythonJson.Parse("[1,\"a\",{\"b\":null}]"))["payload"]);
}
