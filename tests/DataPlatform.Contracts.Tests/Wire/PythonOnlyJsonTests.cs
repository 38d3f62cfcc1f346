using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Wire;

/// <summary>
/// JSON that Python's json.loads reads but System.Text.Json refuses: nested NaN and infinities,
/// and lone surrogates. The expected texts are what CPython 3.11 printed for
/// <c>json.dumps(json.loads(text))</c>.
/// </summary>
public sealed class PythonOnlyJsonTests
{
    [Theory]
    [InlineData("[NaN, Infinity, -Infinity]", "[NaN, Infinity, -Infinity]")]
    [InlineData("{\"a\": {\"b\": [1e400, -1e400]}}", "{\"a\": {\"b\": [Infinity, -Infinity]}}")]
    [InlineData("\"\\ud800\"", "\"\\ud800\"")]
    [InlineData("[\"a\\udc00b\", \"\\ud83d\\ude00\", \"\\ude00\\ud83d\"]", "[\"a\\udc00b\", \"\\ud83d\\ude00\", \"\\ude00\\ud83d\"]")]
    [InlineData("{\"k\\ud800\": NaN, \"k\\ud800\": 1}", "{\"k\\ud800\": 1}")]
    [InlineData(" [ NaN ] ", "[NaN]")]
    public void Python_only_json_is_read_and_written_back_as_python_does(string text, string python)
    {
        Assert.True(PythonJson.TryParse(text, out var value));
        Assert.Equal(python, PythonJson.Serialize(value));
        // A databag keeps a decoded string raw (write_model); anything else as json.dumps text.
        Assert.Equal(value.Kind == WireValueKind.String ? value.AsString() : python, DatabagValue.Encode(DatabagValue.Decode(text)));
    }

    [Fact]
    public void A_raw_lone_surrogate_is_kept_not_replaced()
    {
        Assert.True(PythonJson.TryParse("[\"x\ud800\"]", out var value));
        Assert.Equal("x\ud800", value.AsArray()[0].AsString());
    }

    [Theory]
    [InlineData("[NaN,]")]
    [InlineData("nan")]
    [InlineData("[Infinity")]
    [InlineData("-Inf")]
    [InlineData("\"\\ud80\"")]
    [InlineData("\"\\x\"")]
    [InlineData("[1e]")]
    [InlineData("[1.]")]
    [InlineData("[-]")]
    [InlineData("[01]")]
    [InlineData("{\"a\" NaN}")]
    [InlineData("[NaN] x")]
    [InlineData("[\"\t\", NaN]")]
    public void Text_python_refuses_is_refused(string text)
    {
        Assert.False(PythonJson.TryParse(text, out _));
    }

    [Fact]
    public void Nesting_deeper_than_the_reader_limit_is_refused_without_overflowing()
    {
        var deep = new string('[', 5000) + "NaN" + new string(']', 5000);
        Assert.False(PythonJson.TryParse(deep, out _));
        var allowed = new string('[', 999) + "NaN" + new string(']', 999);
        Assert.True(PythonJson.TryParse(allowed, out _));
    }

    [Fact]
    public void A_model_reads_nested_python_only_json_in_its_unknown_keys()
    {
        var databag = new Dictionary<string, string>
        {
            ["resource"] = "db\ud800",
            ["x-extra"] = "{\"n\": [NaN, -Infinity], \"s\": \"\\udc00\"}",
        };

        var model = RelationModels.FromDatabag<RequirerCommonModel>(databag);

        Assert.Equal("db\ud800", model.Resource);
        Assert.Equal("{\"n\": [NaN, -Infinity], \"s\": \"\\udc00\"}", PythonJson.Serialize(model.UnknownKeys["x-extra"]));
        Assert.Contains("x-extra", model.ToString());
    }

    [Fact]
    public void A_request_list_reads_lone_surrogates_and_nested_nan_in_a_request()
    {
        // The recorded request of scenario v1_single_resource, with a lone surrogate in the resource
        // and an unknown key holding NaN.
        var requests = "[{\"resource\": \"client\\ud800db\", \"request-id\": \"f9958a805b85df48\", \"salt\": \"SALT000000000001\", "
            + "\"extra-user-roles\": \"CREATEDB\", \"extra-group-roles\": null, \"external-node-connectivity\": false, "
            + "\"entity-type\": null, \"entity-permissions\": null, \"secret-mtls\": null, \"x\": [NaN, \"\\udc00\"]}]";
        var databag = new Dictionary<string, string> { ["version"] = "v1", ["requests"] = requests };

        var contract = RequirerDataContractV1<RequirerCommonModel>.ReadDatabag(databag, new ModelReadContext());

        var request = Assert.Single(contract.Requests);
        Assert.Equal("client\ud800db", request.Resource);
        var x = request.UnknownKeys["x"].AsArray();
        Assert.True(double.IsNaN(x[0].AsFloat()));
        Assert.Equal("\udc00", x[1].AsString());
    }

    [Fact]
    public void An_input_number_spelt_like_the_nan_stand_in_stays_a_number()
    {
        var databag = new Dictionary<string, string> { ["resource"] = "db", ["x"] = "[" + ReaderJson.NaNLiteral + ", NaN]" };

        var model = RelationModels.FromDatabag<RequirerCommonModel>(databag);

        var x = model.UnknownKeys["x"].AsArray();
        Assert.Equal(0.0, x[0].AsFloat());
        Assert.True(double.IsNaN(x[1].AsFloat()));
    }

    [Fact]
    public void A_model_writes_nan_and_infinities_in_unknown_keys_as_none_like_pydantic_json_mode()
    {
        // pydantic 2.13: model_dump(mode="json") of extras {"x": nan, "y": {"z": [inf, -inf, 1.5]}}
        // gave {"x": None, "y": {"z": [None, None, 1.5]}}; write_model deletes a None key.
        var databag = new Dictionary<string, string> { ["resource"] = "db", ["x"] = "NaN", ["y"] = "{\"z\": [Infinity, -1e400, 1.5]}" };
        var model = RelationModels.FromDatabag<RequirerCommonModel>(databag);

        var written = new Databag();
        ((IRelationModel)model).WriteDatabag(written, ModelWriteContext.Full);

        Assert.False(written.ContainsKey("x"));
        Assert.Equal("{\"z\": [null, null, 1.5]}", written["y"]);
        Assert.EndsWith("\"x\": null, \"y\": {\"z\": [null, null, 1.5]}}", RelationModels.ToJson(model));
        // Read, the values are Python's floats; only the dump turns them into None.
        Assert.True(double.IsNaN(model.UnknownKeys["x"].AsFloat()));
    }

    [Theory]
    // pydantic 2.13.4 on a bool | None and an int | None field.
    [InlineData("external-node-connectivity", "2.0", "bool_parsing")]
    [InlineData("external-node-connectivity", "NaN", "bool_type")]
    [InlineData("external-node-connectivity", "Infinity", "bool_type")]
    [InlineData("external-node-connectivity", "0.5", "bool_type")]
    [InlineData("external-node-connectivity", "\"nan\"", "bool_parsing")]
    public void Non_finite_and_fractional_numbers_get_pydantics_error_kinds(string key, string text, string kind)
    {
        var databag = new Dictionary<string, string> { ["resource"] = "db", [key] = text };

        var error = Assert.Throws<RelationModelValidationException>(() => RelationModels.FromDatabag<RequirerCommonModel>(databag));

        Assert.Equal(kind, Assert.Single(error.Issues).Kind);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void A_non_finite_number_for_an_integer_is_a_finite_number_issue(string text)
    {
        var databag = new Dictionary<string, string> { ["code"] = text, ["message"] = "m", ["resolution"] = "r" };

        var error = Assert.Throws<RelationModelValidationException>(() => RelationModels.FromDatabag<RelationStatus>(databag));

        Assert.Equal("finite_number", Assert.Single(error.Issues).Kind);
    }
}
