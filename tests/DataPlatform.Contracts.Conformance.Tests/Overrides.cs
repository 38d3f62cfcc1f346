using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>
/// THE override table: the only place where an expected value differs from what the reference
/// recorded. Each entry replaces the value at a JSON pointer inside one case (or scenario) with
/// what we do instead, or derives it by a rule (Divergences/), and cites the divergence that says
/// why. It changes what our sides are expected to do, never what a played-back side plays.
/// </summary>
public static class Overrides
{
    /// <param name="VectorId">The case's path below its root and index, e.g. <c>model/x.json#2</c>, or <c>kind/*</c> for every case of a kind.</param>
    /// <param name="Pointer">JSON pointer into the case object, e.g. <c>/outputs/databag/requests</c>; "" for the whole case (a rule).</param>
    /// <param name="Divergence">Id in divergences.md (D1...) or docs/divergences.md (D100...).</param>
    /// <param name="ExpectedJson">The value we expect instead, as JSON; null when <see cref="Rewrite"/> derives it.</param>
    public sealed record Entry(string VectorId, string Pointer, string Divergence, string? ExpectedJson)
    {
        /// <summary>Derives the expected value from the recorded one, for rules that keep part of it.</summary>
        public Func<JsonNode, JsonNode>? Rewrite { get; init; }

        /// <summary>
        /// For the pointer "": derives the whole expected case from the recorded one and the replay
        /// mode (our sides, null outside scenarios): what our side should do can depend on whether
        /// the other side is ours or the recorded Python one.
        /// </summary>
        public Func<JsonNode, IReadOnlyList<string>?, JsonNode>? Rule { get; init; }
    }

    public static IReadOnlyList<Entry> Table { get; } = new Entry[]
    {
        // Rules over a whole scenario (Divergences/), for every scenario of the format.
        new("scenario/*", "", "D1", null) { Rule = DivergenceRules.ConsumerGroupPrefixIsPlain },
        new("scenario/*", "", "D2", null) { Rule = (scenario, _) => DivergenceRules.StatusesOncePerCode(scenario) },
        new("scenario/*", "", "D5", null) { Rule = (scenario, _) => DivergenceRules.EntityRequestWithoutResourceIsRequested(scenario) },
        new("scenario/*", "", "D6", null) { Rule = (scenario, _) => DivergenceRules.MtlsFirstRequestIsRequestedFirst(scenario) },
        new("scenario/*", "", "D7", null) { Rule = (scenario, _) => DivergenceRules.AliasedAuthenticationUpdated(scenario) },
        new("scenario/*", "", "D12", null) { Rule = (scenario, _) => DivergenceRules.RefusedChangeStoresNothing(scenario) },
        new("scenario/*", "", "D17", null) { Rule = (scenario, _) => DivergenceRules.BrokenRelationLeavesNoSecrets(scenario) },
        // D10: one write per secret per operation, so revision counts differ from upstream's one per field.
        new("scenario/*", "/steps/*/state/*/secrets_owned/*/revision", "D10", AnyRevision),
        new("scenario/*", "/steps/*/state/*/secrets_consumed/*", "D10", null) { Rewrite = DivergenceRules.TrackingWithoutNumbers },
        // D13: are_all_resources_created is false while a request queried has no response with credentials.
        new("scenario/*", "/steps/*/result", "D13", null) { Rewrite = DivergenceRules.AllCreatedOnlyWhenEachIs },
        // D4: fields the response did not set stay as they were.
        new("scenario/v0_requirer_v1_provider.json#0", "/steps/6/state/provider/relations/0/app", "D4", @"{""data"": ""{\""resource\"": \""legacydb\"", \""salt\"": \""GENSALT000000003\"", \""extra-user-roles\"": \""SUPERUSER\"", \""requested-secrets\"": [\""username\"", \""password\"", \""tls\"", \""tls-ca\"", \""uris\"", \""read-only-uris\"", \""entity-name\"", \""entity-password\""], \""provided-secrets\"": [\""mtls-cert\""]}"", ""database"": ""legacydb"", ""resource"": ""legacydb"", ""salt"": ""SALT000000000099"", ""secret-user"": ""secret:0001"", ""endpoints"": ""10.0.0.1:5432"", ""version"": ""14.8""}"),
        // D4: the username stays in the secret.
        new("scenario/v0_requirer_v1_provider.json#0", "/steps/6/state/provider/secrets_owned/0/content", "D4", @"{""password"": ""rotated-pw"", ""username"": ""legacy-user""}"),
        // D4: fields the response did not set stay as they were.
        new("scenario/v0_requirer_v1_provider.json#0", "/steps/7/state/provider/relations/0/app", "D4", @"{""data"": ""{\""resource\"": \""legacydb\"", \""salt\"": \""GENSALT000000003\"", \""extra-user-roles\"": \""SUPERUSER\"", \""requested-secrets\"": [\""username\"", \""password\"", \""tls\"", \""tls-ca\"", \""uris\"", \""read-only-uris\"", \""entity-name\"", \""entity-password\""], \""provided-secrets\"": [\""mtls-cert\""]}"", ""database"": ""legacydb"", ""resource"": ""legacydb"", ""salt"": ""SALT000000000099"", ""secret-user"": ""secret:0001"", ""endpoints"": ""10.0.0.1:5432"", ""version"": ""14.8""}"),
        // D4: the username stays in the secret.
        new("scenario/v0_requirer_v1_provider.json#0", "/steps/7/state/provider/secrets_owned/0/content", "D4", @"{""password"": ""rotated-pw"", ""username"": ""legacy-user""}"),
        // D4: the secret pointer and version stay.
        new("scenario/v0_requirer_v1_provider.json#0", "/steps/8/state/provider/relations/0/app", "D4", @"{""data"": ""{\""resource\"": \""legacydb\"", \""salt\"": \""GENSALT000000003\"", \""extra-user-roles\"": \""SUPERUSER\"", \""requested-secrets\"": [\""username\"", \""password\"", \""tls\"", \""tls-ca\"", \""uris\"", \""read-only-uris\"", \""entity-name\"", \""entity-password\""], \""provided-secrets\"": [\""mtls-cert\""]}"", ""database"": ""legacydb"", ""endpoints"": ""10.0.0.2:5432"", ""resource"": ""legacydb"", ""salt"": ""SALT000000000099"", ""secret-user"": ""secret:0001"", ""version"": ""14.8""}"),
        // D4: the user secret stays.
        new("scenario/v0_requirer_v1_provider.json#0", "/steps/8/state/provider/secrets_owned", "D4", @"[{""content"": {""password"": ""rotated-pw"", ""username"": ""legacy-user""}, ""granted"": {""0"": [""application""]}, ""id"": ""secret:0001"", ""label"": ""database.0.user.secret"", ""owner"": ""postgresql"", ""revision"": ""<revision>""}]"),
        // D4: the secret pointer and version stay.
        new("scenario/v0_requirer_v1_provider.json#0", "/steps/9/state/provider/relations/0/app", "D4", @"{""data"": ""{\""resource\"": \""legacydb\"", \""salt\"": \""GENSALT000000003\"", \""extra-user-roles\"": \""SUPERUSER\"", \""requested-secrets\"": [\""username\"", \""password\"", \""tls\"", \""tls-ca\"", \""uris\"", \""read-only-uris\"", \""entity-name\"", \""entity-password\""], \""provided-secrets\"": [\""mtls-cert\""]}"", ""database"": ""legacydb"", ""endpoints"": ""10.0.0.2:5432"", ""resource"": ""legacydb"", ""salt"": ""SALT000000000099"", ""secret-user"": ""secret:0001"", ""version"": ""14.8""}"),
        // D4: the user secret stays.
        new("scenario/v0_requirer_v1_provider.json#0", "/steps/9/state/provider/secrets_owned", "D4", @"[{""content"": {""password"": ""rotated-pw"", ""username"": ""legacy-user""}, ""granted"": {""0"": [""application""]}, ""id"": ""secret:0001"", ""label"": ""database.0.user.secret"", ""owner"": ""postgresql"", ""revision"": ""<revision>""}]"),
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

    /// <summary>D10: a secret's revision number is left open (the comparer's revision wildcard).</summary>
    public const string AnyRevision = "\"" + Comparison.VectorComparer.RevisionMarker + "\"";

    /// <summary>
    /// Whether the entry applies to the case named <paramref name="tableKey"/>, the case's path below
    /// its root (the project's copy, <c>$CONTRACTS_CONFORMANCE_DIR</c>, any other): its own key, or
    /// <c>kind/*</c> for every case of a kind.
    /// </summary>
    public static bool AppliesTo(Entry entry, string tableKey) =>
        entry.VectorId == tableKey || entry.VectorId.EndsWith("/*", StringComparison.Ordinal) && tableKey.StartsWith(entry.VectorId[..^1], StringComparison.Ordinal);

    /// <summary>The case as our side should replay it: the recording with this table's entries applied.</summary>
    /// <param name="ours">For a scenario, the replay mode: the sides ours, in setup order.</param>
    public static JsonElement Expected(string tableKey, JsonElement recorded, IReadOnlyList<string>? ours = null) =>
        ExpectedWith(Table, tableKey, recorded, ours);

    /// <summary>As <see cref="Expected"/>, with the entries of <paramref name="table"/> only.</summary>
    public static JsonElement ExpectedWith(IReadOnlyList<Entry> table, string tableKey, JsonElement recorded, IReadOnlyList<string>? ours = null)
    {
        var entries = table.Where(e => AppliesTo(e, tableKey)).ToList();
        if (entries.Count == 0) return recorded;
        var root = JsonNode.Parse(recorded.GetRawText())!;
        foreach (var entry in entries)
        {
            if (entry.Pointer.Length == 0)
            {
                root = entry.Rule!(root, ours);
                continue;
            }
            var segments = entry.Pointer.Split('/').Skip(1).Select(p => p.Replace("~1", "/").Replace("~0", "~")).ToArray();
            var replaced = Replace(root, segments, entry);
            if (replaced == 0 && !entry.VectorId.EndsWith("/*", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Override pointer {entry.Pointer} does not resolve in {tableKey}.");
            }
        }
        return JsonDocument.Parse(root.ToJsonString()).RootElement.Clone();
    }

    // D10 leaves the revision numbers of a consumed secret open but keeps whether the consumer
    // tracks the latest revision or an older one.
    public static bool IsWellFormedDivergenceId(string id) => DivergenceId.IsMatch(id);

    // Replaces the value at the path; a "*" segment stands for every item or member there.
    private static int Replace(JsonNode node, ReadOnlySpan<string> segments, Entry entry)
    {
        var segment = segments[0];
        var last = segments.Length == 1;
        if (segment == "*")
        {
            var count = 0;
            var children = node switch
            {
                JsonArray array => Enumerable.Range(0, array.Count).Select(i => i.ToString()).ToList(),
                JsonObject obj => obj.Select(p => p.Key).ToList(),
                _ => new List<string>(),
            };
            foreach (var child in children)
            {
                count += Replace(node, new[] { child }.Concat(segments[1..].ToArray()).ToArray(), entry);
            }
            return count;
        }
        if (last)
        {
            if (node is JsonArray list)
            {
                list[int.Parse(segment)] = Value(list[int.Parse(segment)], entry);
                return 1;
            }
            if (node is JsonObject obj && obj.ContainsKey(segment))
            {
                obj[segment] = Value(obj[segment], entry);
                return 1;
            }
            return 0;
        }
        var next = node switch
        {
            JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
            JsonObject obj when obj.ContainsKey(segment) => obj[segment],
            _ => null,
        };
        return next is null ? 0 : Replace(next, segments[1..], entry);
    }

    private static JsonNode? Value(JsonNode? recorded, Entry entry) =>
        entry.Rewrite is { } rewrite && recorded is not null ? rewrite(recorded) : JsonNode.Parse(entry.ExpectedJson ?? "null");
}
