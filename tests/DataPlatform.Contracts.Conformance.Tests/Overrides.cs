using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>
/// THE override table: the only place where an expected value differs from what the reference
/// recorded. Each entry replaces the value at a JSON pointer inside one case (or scenario) with
/// what we do instead, and cites the divergence that says why.
/// </summary>
public static class Overrides
{
    /// <param name="VectorId">Test name of the case, e.g. <c>model/x.json#2</c>.</param>
    /// <param name="Pointer">JSON pointer into the case object, e.g. <c>/outputs/databag/requests</c>.</param>
    /// <param name="Divergence">Id in divergences.md (D1...) or docs/divergences.md (D100...).</param>
    /// <param name="ExpectedJson">The value we expect instead, as JSON.</param>
    public sealed record Entry(string VectorId, string Pointer, string Divergence, string ExpectedJson);

    public static IReadOnlyList<Entry> Table { get; } = new Entry[]
    {
        // D1: consumer-group-prefix is a plain request key: no stray secret_AfterValidator(...) key.
        new("model/requirer_contract_v1_kafka_write.json#0", "/outputs/databag/requests", "D1", @"""[{\""resource\"": \""orders\"", \""request-id\"": null, \""salt\"": \""SALT000000000001\"", \""extra-user-roles\"": \""producer\"", \""extra-group-roles\"": null, \""external-node-connectivity\"": false, \""entity-type\"": null, \""entity-permissions\"": null, \""secret-mtls\"": null, \""consumer-group-prefix\"": \""orders-cg-\""}]"""),
        // D1: and no stray secret.
        new("model/requirer_contract_v1_kafka_write.json#0", "/outputs/secrets", "D1", @"[]"),
        // D9: the string field keeps the databag text '123' instead of failing on its JSON decoding.
        new("model/json_decoding_pitfalls.json#0", "/outputs", "D9", @"{""original_field"": ""database"", ""parsed"": {""external-node-connectivity"": false, ""original-field"": ""database"", ""resource"": ""123"", ""salt"": ""GENSALT000000001"", ""version"": ""v0""}}"),
        // D9: the string field keeps the databag text 'null' instead of failing on its JSON decoding.
        new("model/json_decoding_pitfalls.json#1", "/outputs", "D9", @"{""original_field"": ""database"", ""parsed"": {""external-node-connectivity"": false, ""original-field"": ""database"", ""resource"": ""null"", ""salt"": ""GENSALT000000001"", ""version"": ""v0""}}"),
        // D9: the string field keeps the databag text 'true' instead of failing on its JSON decoding.
        new("model/json_decoding_pitfalls.json#2", "/outputs", "D9", @"{""original_field"": ""database"", ""parsed"": {""external-node-connectivity"": false, ""original-field"": ""database"", ""resource"": ""true"", ""salt"": ""GENSALT000000001"", ""version"": ""v0""}}"),
        // D9: the string field keeps the text as it is, quotes included.
        new("model/json_decoding_pitfalls.json#3", "/outputs/parsed/resource", "D9", @"""\""quoted\"""""),
        // D10: a new secret is written once, at revision 1.
        new("model/provider_contract_v1_write.json#0", "/outputs/secrets/0/revision", "D10", @"1"),
        // D10: a new secret is written once, at revision 1.
        new("model/provider_contract_v1_write.json#0", "/outputs/secrets/1/revision", "D10", @"1"),
        // D10: a new secret is written once, at revision 1.
        new("model/provider_contract_v1_write.json#1", "/outputs/secrets/0/revision", "D10", @"1"),
        // D10: a new secret is written once, at revision 1.
        new("model/provider_contract_v1_kafka_write.json#0", "/outputs/secrets/0/revision", "D10", @"1"),
        // D10: a new secret is written once, at revision 1.
        new("model/provider_contract_v1_kafka_write.json#0", "/outputs/secrets/1/revision", "D10", @"1"),
        // D10: a new secret is written once, at revision 1.
        new("model/provider_contract_v0_write.json#0", "/outputs/secrets/0/revision", "D10", @"1"),
    };

    private static readonly Regex DivergenceId = new(@"^D\d+$", RegexOptions.CultureInvariant);

    /// <summary>The case as it should replay: the recording with this table's entries applied.</summary>
    public static JsonElement Expected(string vectorId, JsonElement recorded)
    {
        var entries = Table.Where(e => e.VectorId == vectorId).ToList();
        if (entries.Count == 0) return recorded;
        var root = JsonNode.Parse(recorded.GetRawText())!;
        foreach (var entry in entries) Replace(root, entry);
        return JsonDocument.Parse(root.ToJsonString()).RootElement.Clone();
    }

    public static bool IsWellFormedDivergenceId(string id) => DivergenceId.IsMatch(id);

    private static void Replace(JsonNode root, Entry entry)
    {
        var segments = entry.Pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToArray();
        if (segments.Length == 0) throw new InvalidOperationException($"Override for {entry.VectorId} has an empty pointer.");
        var parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = (parent is JsonArray array ? array[int.Parse(segment)] : parent[segment])
                ?? throw new InvalidOperationException($"Override pointer {entry.Pointer} does not resolve in {entry.VectorId}.");
        }
        var replacement = JsonNode.Parse(entry.ExpectedJson);
        if (parent is JsonArray list) list[int.Parse(segments[^1])] = replacement;
        else parent[segments[^1]] = replacement;
    }
}
