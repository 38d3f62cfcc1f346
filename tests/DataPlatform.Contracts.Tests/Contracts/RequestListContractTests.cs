using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Tests.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Contracts;

public sealed class RequestListContractTests
{
    private static RequirerDataContractV1<TestRequest> ReadRequirer(params (string Key, string Value)[] entries) =>
        RequirerDataContractV1<TestRequest>.ReadDatabag(entries.ToDictionary(e => e.Key, e => e.Value), new ModelReadContext());

    private static DataContractV1<TestRequest> ReadProviderJson(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var contract = DataContractV1<TestRequest>.ReadJson(ref reader, new ModelReadContext());
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        return contract;
    }

    [Fact]
    public void Writes_version_raw_and_requests_as_python_json()
    {
        // Spec 1.2 and 3.1: version raw, requests json.dumps'ed with ", " / ": " separators.
        var contract = new RequirerDataContractV1<TestRequest>
        {
            Requests =
            {
                new TestRequest { Resource = "data_platform", RequestId = "c759221a6c14c72a" },
                new TestRequest { Resource = "", RequestId = null },
            },
        };
        var databag = new Databag { ["alias"] = "cluster1" };

        contract.WriteDatabag(databag, ModelWriteContext.Full);

        Assert.Equal("v1", databag["version"]);
        Assert.Equal("[{\"resource\": \"data_platform\", \"request-id\": \"c759221a6c14c72a\"}, {\"resource\": \"\", \"request-id\": null}]", databag["requests"]);
        Assert.Equal("cluster1", databag["alias"]);
        Assert.Equal(3, databag.Count);
    }

    [Fact]
    public void Writes_an_empty_list_as_brackets()
    {
        // Spec 1.2: a list value is json.dumps'ed, [] included.
        var databag = new Databag();
        new DataContractV1<TestRequest>().WriteDatabag(databag, ModelWriteContext.Full);

        Assert.Equal("[]", databag["requests"]);
        Assert.Equal("v1", databag["version"]);
    }

    [Fact]
    public void Items_receive_the_write_context_with_its_secrets()
    {
        var context = ModelWriteContext.WithSecrets(new RelationSecretRepository(new InMemorySecretStore(), "database", 0));
        var item = new TestRequest { Resource = "db" };

        new DataContractV1<TestRequest> { Requests = { item } }.WriteDatabag(new Databag(), context);

        Assert.Same(context, item.LastWriteContext);
    }

    [Fact]
    public void Written_databag_reads_back()
    {
        var databag = new Databag();
        new RequirerDataContractV1<TestRequest> { Requests = { new TestRequest { Resource = "a", RequestId = "r1" }, new TestRequest { Resource = "b" } } }
            .WriteDatabag(databag, ModelWriteContext.Full);

        var read = RequirerDataContractV1<TestRequest>.ReadDatabag(databag, new ModelReadContext());

        Assert.Equal(new[] { "a", "b" }, read.Requests.Select(r => r.Resource));
        Assert.Equal(new[] { "r1", null }, read.Requests.Select(r => r.RequestId));
    }

    [Fact]
    public void An_empty_databag_is_v1_with_no_requests()
    {
        // Spec 2.8: version defaults to "v1", requests to [].
        var contract = ReadRequirer();

        Assert.Equal("v1", contract.Version);
        Assert.Empty(contract.Requests);
    }

    [Fact]
    public void Unknown_keys_are_ignored()
    {
        // Spec 1.4: the V1 contracts ignore unknown keys (data, status, alias, ...).
        var contract = DataContractV1<TestRequest>.ReadDatabag(new Dictionary<string, string>
        {
            ["data"] = "{\"x\": {\"resource\": 5}}",
            ["status"] = "not json",
            ["alias"] = "cluster1",
            ["version"] = "v1",
            ["requests"] = "[{\"resource\": \"db\", \"extra\": [1, 2]}]",
        }, new ModelReadContext());

        var item = Assert.Single(contract.Requests);
        Assert.Equal("db", item.Resource);
    }

    [Fact]
    public void Another_version_is_a_literal_error_at_version()
    {
        // Spec 2.8: version: Literal["v1"]; any other value is an error.
        var error = Assert.Throws<RelationModelValidationException>(() => ReadRequirer(("version", "v2"), ("requests", "[]")));

        Assert.Equal("RequirerDataContractV1", error.Model);
        var issue = Assert.Single(error.Issues);
        Assert.Equal("literal_error", issue.Kind);
        Assert.Equal(new[] { "version" }, issue.Location);
        Assert.Equal("Input should be 'v1'", issue.Message);
    }

    [Fact]
    public void Requests_that_are_not_a_list_are_a_list_type_error()
    {
        // Spec 1.3: the text is json.loads'ed, else kept as a string; neither is a list.
        foreach (var text in new[] { "not-a-list", "{\"resource\": \"db\"}", "[{\"resource\": \"db\"}", "[] []", "null" })
        {
            var error = Assert.Throws<RelationModelValidationException>(() => ReadRequirer(("requests", text)));
            var issue = Assert.Single(error.Issues);
            Assert.Equal("list_type", issue.Kind);
            Assert.Equal(new[] { "requests" }, issue.Location);
            Assert.Equal("Input should be a valid list", issue.Message);
        }
    }

    [Fact]
    public void An_item_error_carries_the_path_into_the_list()
    {
        // Spec 1.4: str does not accept numbers; the issue names requests/1/resource.
        var error = Assert.Throws<RelationModelValidationException>(() =>
            ReadRequirer(("requests", "[{\"resource\": \"ok\"}, {\"resource\": 123, \"request-id\": \"r\"}]")));

        var issue = Assert.Single(error.Issues);
        Assert.Equal("string_type", issue.Kind);
        Assert.Equal(new[] { "requests", "1", "resource" }, issue.Location);
        Assert.Equal("requests[1].resource", issue.Path);
    }

    [Fact]
    public void Every_item_error_is_reported_at_once()
    {
        var error = Assert.Throws<RelationModelValidationException>(() =>
            ReadRequirer(("version", "v0"), ("requests", "[{}, 5, {\"resource\": \"db\"}]")));

        Assert.Equal(
            new[] { "literal_error version", "missing requests/0/resource", "model_type requests/1" },
            error.Issues.Select(i => $"{i.Kind} {string.Join('/', i.Location)}"));
    }

    [Fact]
    public void Provider_errors_name_the_provider_contract()
    {
        var error = Assert.Throws<RelationModelValidationException>(() =>
            DataContractV1<TestRequest>.ReadDatabag(new Dictionary<string, string> { ["requests"] = "x" }, new ModelReadContext()));

        Assert.Equal("DataContractV1", error.Model);
    }

    [Fact]
    public void Reads_from_a_json_object()
    {
        // Spec 2.8: as a JSON object, requests is an array value and version a string.
        var contract = ReadProviderJson("{\"status\": [1], \"version\": \"v1\", \"requests\": [{\"resource\": \"db\", \"request-id\": \"abc\"}], \"data\": {}}");

        var item = Assert.Single(contract.Requests);
        Assert.Equal("db", item.Resource);
        Assert.Equal("abc", item.RequestId);
    }

    [Fact]
    public void An_empty_json_object_is_v1_with_no_requests()
    {
        Assert.Empty(ReadProviderJson("{}").Requests);
    }

    [Theory]
    [InlineData("{\"requests\": \"[]\"}", "list_type", "requests")]
    [InlineData("{\"requests\": null}", "list_type", "requests")]
    [InlineData("{\"version\": 1}", "literal_error", "version")]
    [InlineData("{\"version\": \"v2\"}", "literal_error", "version")]
    [InlineData("{\"version\": [\"v1\"]}", "literal_error", "version")]
    public void Json_object_errors(string json, string kind, string key)
    {
        var error = Assert.Throws<RelationModelValidationException>(() => ReadProviderJson(json));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(kind, issue.Kind);
        Assert.Equal(new[] { key }, issue.Location);
    }

    [Fact]
    public void A_nested_read_reports_through_its_container()
    {
        // ModelReadContext: only the outermost model read throws.
        var context = new ModelReadContext();
        context.BeginModel();
        var reader = new Utf8JsonReader("{\"requests\": [{\"resource\": 1}]}"u8);
        reader.Read();

        DataContractV1<TestRequest>.ReadJson(ref reader, context);

        Assert.Equal(1, context.IssueCount);
        Assert.Throws<RelationModelValidationException>(() => context.EndModel("Outer"));
    }
}
