using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generator.Tests.RoundTrip;

/// <summary>A <c>WireValue?</c> member, generated and run: any JSON, Python json.dumps text, null deletes.</summary>
public class JsonMemberTests
{
    private const string Value = "{\"a\": [1, \"x\", true, null], \"b\": 1.5, \"c\": {\"d\": \"\\u00e9\"}}";

    private static string Write(IRelationModel model, ModelWriteContext context)
    {
        var writer = new PythonJsonWriter();
        model.WriteJson(writer, context);
        return writer.ToString();
    }

    private static JsonOptionsModel Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        var model = new JsonOptionsModel();
        var context = new ModelReadContext();
        ((IRelationModel)model).ReadJson(ref reader, context);
        Assert.Equal(0, context.IssueCount);
        return model;
    }

    [Fact]
    public void Any_JSON_value_is_written_as_python_json_dumps_and_reads_back_equal()
    {
        var model = new JsonOptionsModel { Name = "n", Extra = PythonJson.Parse(Value) };

        var text = Write(model, ModelWriteContext.Full);

        Assert.Equal("{\"name\": \"n\", \"extra\": " + Value + "}", text);
        var back = Read(text);
        Assert.Equal(PythonJson.Parse(Value), back.Extra);
        Assert.Equal(text, Write(back, ModelWriteContext.Full));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"text\"")]
    [InlineData("[]")]
    [InlineData("false")]
    [InlineData("2.5")]
    public void Scalars_and_arrays_are_members_too(string json)
    {
        var back = Read("{\"extra\": " + json + "}");

        Assert.Equal(PythonJson.Parse(json), back.Extra);
        Assert.Equal("{\"extra\": " + json + "}", Write(back, ModelWriteContext.Compact));
    }

    [Fact]
    public void JSON_null_reads_as_null_and_null_is_left_out_of_a_compact_dump()
    {
        var model = Read("{\"name\": \"n\", \"extra\": null}");

        Assert.Null(model.Extra);
        Assert.Equal("{\"name\": \"n\", \"extra\": null}", Write(model, ModelWriteContext.Full));
        Assert.Equal("{\"name\": \"n\"}", Write(model, ModelWriteContext.Compact));
        model.Extra = WireValue.Null;
        Assert.Equal("{\"name\": \"n\"}", Write(model, ModelWriteContext.Compact));
    }

    [Fact]
    public void The_databag_holds_the_json_text_and_null_or_json_null_deletes_the_key()
    {
        var databag = new Databag();
        var model = new JsonOptionsModel { Extra = PythonJson.Parse(Value) };

        ((IRelationModel)model).WriteDatabag(databag, ModelWriteContext.Full);
        Assert.Equal(Value, databag.Get("extra"));

        var back = new JsonOptionsModel();
        ((IRelationModel)back).ReadDatabag(databag, new ModelReadContext());
        Assert.Equal(PythonJson.Parse(Value), back.Extra);

        model.Extra = null;
        ((IRelationModel)model).WriteDatabag(databag, ModelWriteContext.Full);
        Assert.False(databag.ContainsKey("extra"));

        model.Extra = PythonJson.Parse("[1]");
        ((IRelationModel)model).WriteDatabag(databag, ModelWriteContext.Full);
        Assert.Equal("[1]", databag.Get("extra"));
        model.Extra = WireValue.Null;
        ((IRelationModel)model).WriteDatabag(databag, ModelWriteContext.Full);
        Assert.False(databag.ContainsKey("extra"));
    }

    [Fact]
    public void The_indexer_sets_and_gets_the_member_by_wire_key()
    {
        var model = new JsonOptionsModel();

        ((IRelationModel)model)["extra"] = PythonJson.Parse("{\"k\": 1}");
        Assert.Equal(PythonJson.Parse("{\"k\": 1}"), model.Extra);
        Assert.True(((IRelationModel)model).IsExplicitlySet("extra"));
        ((IRelationModel)model)["extra"] = WireValue.Null;
        Assert.Null(model.Extra);
        Assert.Equal(WireValue.Null, ((IRelationModel)model)["extra"]);
    }
}
