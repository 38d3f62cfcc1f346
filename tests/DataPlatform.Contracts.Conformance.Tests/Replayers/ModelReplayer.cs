using System.Text.Json;
using DataPlatform.Contracts.Conformance.Tests.Comparison;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Tests.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Conformance.Tests.Replayers;

/// <summary>Kind B: models validated from fields, parsed from a remote databag, or written to ours.</summary>
public static class ModelReplayer
{
    public static void Replay(JsonElement testCase)
    {
        switch (testCase.GetProperty("op").GetString())
        {
            case "validate": ReplayValidate(testCase.GetProperty("inputs"), testCase.GetProperty("outputs")); break;
            case "parse": ReplayParse(testCase.GetProperty("inputs"), testCase.GetProperty("outputs")); break;
            case "write": ReplayWrite(testCase.GetProperty("inputs"), testCase.GetProperty("outputs")); break;
            default: Assert.Fail($"Unknown model op '{testCase.GetProperty("op").GetString()}'."); break;
        }
    }

    private static void ReplayValidate(JsonElement inputs, JsonElement outputs)
    {
        var type = VectorType.Named(inputs.GetProperty("type").GetString()!);
        var result = Attempt(() => type.FromFields(inputs.GetProperty("fields"), new ModelReadContext()));
        if (!outputs.GetProperty("valid").GetBoolean())
        {
            AssertError(outputs.GetProperty("error"), result.Error);
            return;
        }
        Assert.True(result.Error is null, "Expected a valid model, got: " + result.Error?.Message);
        new VectorComparer().AssertMatches(outputs.GetProperty("model_dump_json_mode"), type.Dump(result.Value!), "model_dump_json_mode");
    }

    // Secrets owned by the remote app are created and granted to us; {SECRETn} in the databag is
    // the n-th one's id; the databag is read with our relation repository (endpoint database, id 0).
    private static void ReplayParse(JsonElement inputs, JsonElement outputs)
    {
        var type = VectorType.Named(inputs.GetProperty("type").GetString()!);
        var store = new InMemorySecretStore();
        var ids = inputs.GetProperty("remote_secrets").EnumerateArray().Select(s => store.SeedForeign(StringMap(s))).ToList();
        var databag = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in inputs.GetProperty("remote_databag").EnumerateObject())
        {
            var text = entry.Value.GetString()!;
            for (var i = 0; i < ids.Count; i++) text = text.Replace("{SECRET" + (i + 1) + "}", ids[i], StringComparison.Ordinal);
            databag[entry.Name] = text;
        }

        var repository = new RelationSecretRepository(store, "database", 0);
        var result = Attempt(() => type.FromDatabag(databag, new ModelReadContext(repository)));
        if (outputs.TryGetProperty("error", out var error))
        {
            AssertError(error, result.Error);
            return;
        }
        Assert.True(result.Error is null, "Expected the databag to parse, got: " + result.Error?.Message);
        new VectorComparer().AssertMatches(outputs.GetProperty("parsed"), type.Parsed(result.Value!), "parsed");
        if (outputs.TryGetProperty("original_field", out var originalField))
        {
            Assert.Equal(originalField.GetString(), type.OriginalField(result.Value!));
        }
    }

    // The model built from the fields is written into our (local app) databag of relation 0 on
    // endpoint "database" with our secret repository; a V0 context labels secrets without request id.
    private static void ReplayWrite(JsonElement inputs, JsonElement outputs)
    {
        var type = VectorType.Named(inputs.GetProperty("type").GetString()!);
        var relation = inputs.GetProperty("relation");
        var endpoint = relation.GetProperty("endpoint").GetString()!;
        var relationId = relation.GetProperty("relation_id").GetInt32();
        var v0 = inputs.GetProperty("context") is { ValueKind: JsonValueKind.Object } context
            && context.TryGetProperty("version", out var version) && version.GetString() == "v0";

        var store = new InMemorySecretStore();
        var repository = new RelationSecretRepository(store, endpoint, relationId);
        var fields = inputs.GetProperty("fields");
        var plain = type.FromFields(fields, new ModelReadContext());
        var model = type.FromFields(fields, new ModelReadContext());
        var databag = new Databag();
        type.Write(model, databag, ModelWriteContext.WithSecrets(repository, omitShortUuid: v0));

        var comparer = new VectorComparer();
        comparer.AssertMatches(outputs.GetProperty("databag"), JsonOf(databag), "databag");
        comparer.AssertMatches(outputs.GetProperty("secrets"), Secrets(store), "secrets");
        comparer.AssertMatches(outputs.GetProperty("model_dump_plain"), type.Dump(plain), "model_dump_plain");
    }

    private static JsonElement Secrets(InMemorySecretStore store)
    {
        var secrets = store.Ids
            .Select(id => new { content = store.Content(id), id, label = store.OwnerLabel(id), revision = store.Revision(id) })
            .ToList();
        return JsonSerializer.SerializeToElement(secrets);
    }

    private static JsonElement JsonOf(Databag databag) =>
        JsonSerializer.SerializeToElement(databag.ToDictionary(e => e.Key, e => e.Value));

    private static void AssertError(JsonElement expected, Exception? actual)
    {
        Assert.True(actual is not null, "Expected an error, the input was accepted.");
        Assert.Equal("ValidationError", expected.GetProperty("exception").GetString());
        RecordedErrors.AssertIssues(expected, Assert.IsType<RelationModelValidationException>(actual), "error");
    }

    private static Dictionary<string, string> StringMap(JsonElement content) =>
        content.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    private static (object? Value, Exception? Error) Attempt(Func<object> action)
    {
        try
        {
            return (action(), null);
        }
        catch (RelationModelValidationException error)
        {
            return (null, error);
        }
    }
}
