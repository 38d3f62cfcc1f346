using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Tests.Relations;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Contracts;

/// <summary>
/// Inputs the fuzzer found that used to escape as untyped exceptions (InvalidOperationException,
/// JsonException, FormatException); each now reads, or fails with the library's typed error.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public void An_enum_member_given_a_lone_surrogate_is_a_literal_error()
    {
        var databag = new Dictionary<string, string> { ["resource"] = "db", ["entity-type"] = "\"\\ud800\"" };

        var error = Assert.Throws<RelationModelValidationException>(() => RelationModels.FromDatabag<RequirerCommonModel>(databag));

        Assert.Equal("literal_error", Assert.Single(error.Issues).Kind);
    }

    [Fact]
    public void A_key_with_a_lone_surrogate_escape_does_not_stop_the_version_look_ahead()
    {
        var contract = ReadJson("{\"\\udc00\": 1, \"version\": \"v1\", \"requests\": []}",
            (ref Utf8JsonReader r) => RequirerDataContract<RequirerCommonModel>.ReadJson(ref r, new ModelReadContext()));

        Assert.Equal("v1", contract.Version);
        Assert.Empty(contract.Requests);
    }

    [Fact]
    public void A_contract_read_from_json_that_is_not_an_object_is_a_model_type_issue()
    {
        var error = Assert.Throws<RelationModelValidationException>(() => ReadJson("[1, 2]",
            (ref Utf8JsonReader r) => RequirerDataContractV1<RequirerCommonModel>.ReadJson(ref r, new ModelReadContext())));

        Assert.Equal("model_type", Assert.Single(error.Issues).Kind);
    }

    [Theory]
    [InlineData("{\"version\": \"v1\", \"requests\": [{\"resource\": \"db\"")]
    [InlineData("{\"version\": \"v1\", \"x\": \\ud800}")]
    public void A_contract_read_from_malformed_json_is_a_json_invalid_issue(string json)
    {
        var error = Assert.Throws<RelationModelValidationException>(() => ReadJson(json,
            (ref Utf8JsonReader r) => DataContractV1<ResourceProviderModel>.ReadJson(ref r, new ModelReadContext())));

        Assert.Contains(error.Issues, i => i.Kind == "json_invalid");
    }

    [Fact]
    public void A_contract_read_from_json_nested_past_the_limit_is_a_json_invalid_issue()
    {
        var json = "{\"version\": \"v1\", \"x\": " + new string('[', 1200) + new string(']', 1200) + "}";

        var error = Assert.Throws<RelationModelValidationException>(() => ReadJson(json,
            (ref Utf8JsonReader r) => RequirerDataContractV1<RequirerCommonModel>.ReadJson(ref r, new ModelReadContext())));

        Assert.Contains(error.Issues, i => i.Kind == "json_invalid");
    }

    [Fact]
    public void A_request_holding_a_value_at_the_depth_limit_is_remembered_by_the_provider()
    {
        // A V0 request whose unknown key is nested exactly as deep as the reader allows: inside the
        // request's own JSON (the provider's diff memory) it sits one level deeper.
        var charms = new TwoCharms(answer: false);
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Juju.UpdateDatabag(relation, "app", new Dictionary<string, string>
        {
            ["version"] = "", ["requests"] = "", ["database"] = "legacydb",
            ["deep"] = new string('[', 1000) + new string(']', 1000),
        });

        var runs = charms.Simulator.Sync("app", "db", relation);

        Assert.All(runs, r => Assert.True(r.Result.Committed, r.ToString() + r.Result.Error));
    }

    [Fact]
    public void A_long_remote_version_is_quoted_only_as_a_prefix()
    {
        var version = "v9-" + new string('x', 40) + "-tail-of-the-remote-value";

        var error = Assert.Throws<RelationModelValidationException>(() =>
            RequirerDataContract<RequirerCommonModel>.ReadDatabag(new Dictionary<string, string> { ["version"] = version }, new ModelReadContext()));

        Assert.Contains("Input tag 'v9-xxxxxxxxxxxxx...'", error.Message);
        Assert.DoesNotContain("tail-of-the-remote-value", error.Message);
    }

    [Fact]
    public void A_relation_error_quotes_only_a_prefix_of_a_remote_request_id()
    {
        var error = new RelationDataException("database", 3, "0123456789abcdef-and-whatever-the-remote-wrote", "requests", "bad");

        Assert.Equal("relation database:3, request 0123456789abcdef..., key 'requests': bad", error.Message);
    }

    private delegate T Read<T>(ref Utf8JsonReader reader);

    // The caller's part of ReadJson: a reader on the document's first token.
    private static T ReadJson<T>(string json, Read<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), WireJsonReader.ReaderOptions);
        reader.Read();
        return read(ref reader);
    }
}
