using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataPlatform.Contracts.Conformance.Tests.Comparison;
using DataPlatform.Contracts.Conformance.Tests.Scenarios;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>
/// Divergences of docs/divergences.md written as rules over a recorded value, so that the override
/// table's <c>kind/*</c> entries hold for every scenario of the format, the ones read from
/// <c>$CONTRACTS_CONFORMANCE_DIR</c> included, not only for the files seen. Each rule derives what
/// our side does from the recording by what the divergence says, and leaves the rest as recorded.
/// </summary>
public static class DivergenceRules
{
    /// <summary>D10 on a consumed secret: revision numbers open, latest-versus-older tracking kept.</summary>
    public static JsonNode TrackingWithoutNumbers(JsonNode consumed)
    {
        var rewritten = consumed.DeepClone().AsObject();
        var latest = consumed["latest_revision"]?.GetValue<int>();
        var tracked = consumed["tracked_revision"]?.GetValue<int>();
        rewritten["latest_revision"] = VectorComparer.RevisionMarker;
        rewritten["tracked_revision"] = tracked == latest ? VectorComparer.TracksLatestMarker : VectorComparer.TracksOlderMarker;
        return rewritten;
    }

    /// <summary>
    /// D13 on a <c>query_created</c> result: not all created unless every request queried is
    /// (upstream says true when the provider has not answered at all, Q18); other results stay.
    /// </summary>
    public static JsonNode AllCreatedOnlyWhenEachIs(JsonNode result)
    {
        var rewritten = result.DeepClone();
        if (rewritten is JsonObject query && query["is_resource_created"] is JsonObject each && query["are_all_resources_created"] is { } all)
        {
            query["are_all_resources_created"] = all.GetValue<bool>() && each.All(p => p.Value?.GetValue<bool>() == true);
        }
        return rewritten;
    }

    /// <summary>
    /// D2 over a whole scenario: a V1 requirer raises <c>status_raised</c> once per code that
    /// appears in the provider's app <c>status</c> and <c>status_resolved</c> once per code that
    /// goes (active statuses by code), at the end of the relation-changed that delivered them, and
    /// remembers the codes it saw in its own unit <c>data</c> under <c>status</c>.
    /// </summary>
    public static JsonNode StatusesOncePerCode(JsonNode recorded)
    {
        var scenario = recorded.DeepClone();
        var setup = SetupOf(scenario);
        var requirers = setup.Sides.Where(s => !s.IsProvider && !s.IsV0Library).ToList();
        var seen = new Dictionary<(string Side, int Relation), SortedDictionary<int, JsonNode>>();
        foreach (var step in scenario["steps"]!.AsArray().Select(s => s!.AsObject()))
        {
            var action = step["action"]!;
            if (Text(action, "op") == "sync" && requirers.FirstOrDefault(r => r.Name == Text(action, "to")) is { } requirer)
            {
                var relation = action["relation_id"]!.GetValue<int>();
                var key = (requirer.Name, relation);
                var providerApp = Bags(step, Text(action, "from")!, relation)?["app"];
                var current = Statuses(providerApp?["status"]?.GetValue<string>());
                if (Redeliver(step, requirer, relation, seen.GetValueOrDefault(key) ?? new SortedDictionary<int, JsonNode>(), current)) seen[key] = current;
            }
            foreach (var side in requirers)
            {
                foreach (var relation in setup.RelationsOf(side.Name).Select(r => r.Id))
                {
                    RememberStatuses(Bags(step, side.Name, relation)?["unit"]?.AsObject(), seen.GetValueOrDefault((side.Name, relation)));
                }
            }
        }
        return scenario;
    }

    /// <summary>
    /// D12 over a whole scenario: when a V1 provider refuses a change ("Cannot change ..."), its
    /// state is what it was before the step, and stays so while the recording keeps the refused state.
    /// </summary>
    public static JsonNode RefusedChangeStoresNothing(JsonNode recorded)
    {
        var scenario = recorded.DeepClone();
        var setup = SetupOf(scenario);
        var steps = scenario["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        var stuck = new Dictionary<string, (JsonNode Refused, JsonNode Before)>(StringComparer.Ordinal);
        for (var i = 1; i < steps.Count; i++)
        {
            var state = steps[i]["state"]!.AsObject();
            foreach (var (side, (refused, before)) in stuck.ToList())
            {
                if (JsonNode.DeepEquals(state[side], refused)) state[side] = before.DeepClone();
                else stuck.Remove(side);
            }
            var action = steps[i]["action"]!;
            var error = steps[i]["error"];
            if (Text(action, "op") != "sync" || error is null || Text(error, "exception") != "ValueError"
                || Text(error, "message")?.StartsWith("Cannot change ", StringComparison.Ordinal) != true) continue;
            var to = Text(action, "to")!;
            if (!setup.Side(to).IsProvider || setup.Side(to).IsV0Library) continue;
            var previous = steps[i - 1]["state"]![to]!;
            stuck[to] = (state[to]!.DeepClone(), previous.DeepClone());
            state[to] = previous.DeepClone();
        }
        return scenario;
    }

    /// <summary>
    /// D17 over a whole scenario: a V1 provider that sees its relation broken removes the secrets
    /// it created for it (labels <c>&lt;endpoint&gt;.&lt;relation id&gt;.</c>, wire-format.md 5.2);
    /// a requirer's view of them goes at its next sync from that provider (README, delivery).
    /// </summary>
    public static JsonNode BrokenRelationLeavesNoSecrets(JsonNode recorded)
    {
        var scenario = recorded.DeepClone();
        var setup = SetupOf(scenario);
        var removed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var forgotten = new HashSet<(string Owner, string Consumer)>();
        foreach (var step in scenario["steps"]!.AsArray().Select(s => s!.AsObject()))
        {
            var action = step["action"]!;
            var state = step["state"]!.AsObject();
            if (Text(action, "op") == "relation_removed" && setup.Side(Text(action, "side")!) is { IsProvider: true, IsV0Library: false } provider)
            {
                var prefix = $"{provider.Endpoint}.{action["relation_id"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture)}.";
                var ids = removed.TryGetValue(provider.Name, out var known) ? known : removed[provider.Name] = new HashSet<string>(StringComparer.Ordinal);
                foreach (var secret in state[provider.Name]!["secrets_owned"]!.AsArray())
                {
                    if (Text(secret!, "label")?.StartsWith(prefix, StringComparison.Ordinal) == true) ids.Add(Text(secret!, "id")!);
                }
            }
            if (Text(action, "op") == "sync" && removed.ContainsKey(Text(action, "from")!)) forgotten.Add((Text(action, "from")!, Text(action, "to")!));
            foreach (var (owner, ids) in removed)
            {
                Drop(state[owner]!["secrets_owned"]!.AsArray(), ids);
                foreach (var (_, consumer) in forgotten.Where(f => f.Owner == owner)) Drop(state[consumer]!["secrets_consumed"]!.AsArray(), ids);
            }
        }
        return scenario;
    }

    /// <summary>
    /// D6 over a whole scenario: with mTLS enabled, a V1 provider's first event for a request that
    /// arrives with <c>secret-mtls</c> is <c>resource_requested</c> (<c>resource_entity_requested</c>
    /// for an entity request), then <c>mtls_cert_updated</c>; upstream raises only the latter (Q7).
    /// </summary>
    public static JsonNode MtlsFirstRequestIsRequestedFirst(JsonNode recorded)
    {
        var scenario = recorded.DeepClone();
        var setup = SetupOf(scenario);
        var providers = setup.Sides.Where(s => s is { IsProvider: true, IsV0Library: false } && s.Option("mtls_enabled") == "True").Select(s => s.Name).ToHashSet();
        var seen = new HashSet<(string Side, int Relation, string Request)>();
        foreach (var step in scenario["steps"]!.AsArray().Select(s => s!.AsObject()))
        {
            var events = step["events"]!.AsArray().Select(e => e!.DeepClone()).ToList();
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                if (!providers.Contains(Text(e, "side")!) || Text(e, "type") != "library_event" || e["request"] is not JsonObject request) continue;
                var key = (Text(e, "side")!, e["relation_id"]!.GetValue<int>(), Text(request, "request-id") ?? "");
                if (Text(e, "name") == "mtls_cert_updated" && e["old_mtls_cert"] is null && !seen.Contains(key))
                {
                    var requested = e.DeepClone().AsObject();
                    requested.Remove("old_mtls_cert");
                    requested["name"] = request.ContainsKey("entity-type") ? "resource_entity_requested" : "resource_requested";
                    events.Insert(i++, requested);
                }
                seen.Add(key);
            }
            step["events"] = new JsonArray(events.ToArray());
        }
        return scenario;
    }

    /// <summary>
    /// D1 over a whole scenario: our Kafka requirer writes <c>consumer-group-prefix</c> as a plain
    /// request field, with no stray <c>secret_AfterValidator(...)</c> key or secret (Q2); our
    /// provider reading a Python requirer keeps that key as an extra request field, as recorded,
    /// but never reads its secret. So the key goes from what our requirers write and, where the
    /// requirer is ours too, from what our providers store and raise for that relation.
    /// </summary>
    public static JsonNode ConsumerGroupPrefixIsPlain(JsonNode recorded, IReadOnlyList<string>? ours)
    {
        var scenario = recorded.DeepClone();
        var setup = SetupOf(scenario);
        var kafka = setup.Sides.Where(s => s is { IsProvider: false, IsV0Library: false } && Text(s.Setup, "request_model") == "KafkaRequestModel").Select(s => s.Name).ToHashSet();
        if (kafka.Count == 0) return scenario;
        var cleaned = setup.Relations.Where(r => kafka.Contains(r.Requirer) && ours?.Contains(r.Requirer) != false).ToList();
        foreach (var step in scenario["steps"]!.AsArray().Select(s => s!.AsObject()))
        {
            var state = step["state"]!.AsObject();
            foreach (var requirer in kafka)
            {
                StripStray(state[requirer]!["relations"]);
                DropStraySecrets(state[requirer]!["secrets_owned"]!.AsArray(), "label");
            }
            foreach (var provider in setup.Relations.Where(r => kafka.Contains(r.Requirer)).Select(r => r.Provider).Distinct())
            {
                DropStraySecrets(state[provider]!["secrets_consumed"]!.AsArray(), "consumer_label");
            }
            foreach (var relation in cleaned)
            {
                StripStray(Bags(step, relation.Provider, relation.Id));
                foreach (var e in step["events"]!.AsArray().Where(e => Text(e!, "side") == relation.Provider && e!["relation_id"]?.GetValue<int>() == relation.Id))
                {
                    StripStray(e);
                }
            }
        }
        return scenario;
    }

    // The stray pair inside JSON text written by the reference (normalisation 4 masks the address).
    private static readonly System.Text.RegularExpressions.Regex StrayPair = new(@", ""secret_AfterValidator\(func=<function [^>]*>\)"": ""secret:[0-9A-Za-z]+""");

    // Removes the stray key everywhere below the node: in JSON text, and as a parsed `extra:` field.
    private static void StripStray(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).Where(k => k.StartsWith("extra:secret_AfterValidator(", StringComparison.Ordinal)).ToList()) o.Remove(key);
                foreach (var (key, value) in o.ToList())
                {
                    if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String) o[key] = StrayPair.Replace(v.GetValue<string>(), "");
                    else StripStray(value);
                }
                break;
            case JsonArray a:
                foreach (var item in a) StripStray(item);
                break;
        }
    }

    private static void DropStraySecrets(JsonArray secrets, string labelKey)
    {
        foreach (var secret in secrets.Where(s => Text(s!, labelKey)?.Contains("AfterValidator(", StringComparison.Ordinal) == true).ToList()) secrets.Remove(secret);
    }

    // Replaces the requirer's recorded status events of the relation with D2's; false when the
    // sync ran no relation-changed there (nothing was delivered, so nothing was seen).
    private static bool Redeliver(JsonObject step, ScenarioSide requirer, int relation, SortedDictionary<int, JsonNode> before, SortedDictionary<int, JsonNode> current)
    {
        bool Ours(JsonNode e) => Text(e, "side") == requirer.Name && e["relation_id"]?.GetValue<int>() == relation;
        var events = step["events"]!.AsArray().Select(e => e!.DeepClone())
            .Where(e => !(Ours(e) && Text(e, "type") == "library_event" && Text(e, "name") is "status_raised" or "status_resolved"))
            .ToList();
        var hook = events.FindIndex(e => Ours(e) && Text(e, "type") == "hook" && Text(e, "name")!.EndsWith("_relation_changed", StringComparison.Ordinal));
        if (hook < 0) return false;
        var at = hook + 1;
        while (at < events.Count && Text(events[at], "type") == "library_event" && Ours(events[at])) at++;
        var active = current.Values.Select(s => s.DeepClone()).ToArray();
        var added = current.Keys.Except(before.Keys).Select(code => StatusEvent(requirer, relation, "status_raised", current[code], active))
            .Concat(before.Keys.Except(current.Keys).Select(code => StatusEvent(requirer, relation, "status_resolved", before[code], active)));
        events.InsertRange(at, added);
        step["events"] = new JsonArray(events.ToArray());
        return true;
    }

    private static JsonNode StatusEvent(ScenarioSide requirer, int relation, string name, JsonNode status, JsonNode[] active) => new JsonObject
    {
        ["side"] = requirer.Name,
        ["type"] = "library_event",
        ["name"] = name,
        ["relation_id"] = relation,
        ["relation_name"] = requirer.Endpoint,
        ["status"] = status.DeepClone(),
        ["active_statuses"] = new JsonArray(active.Select(s => s.DeepClone()).ToArray()),
    };

    // The requirer's unit `data` holds the codes it saw under `status`, by code; no key when none.
    private static void RememberStatuses(JsonObject? unit, SortedDictionary<int, JsonNode>? statuses)
    {
        if (unit is null) return;
        var data = unit["data"] is { } text ? JsonNode.Parse(text.GetValue<string>())!.AsObject() : new JsonObject();
        if (statuses is not { Count: > 0 } && !data.ContainsKey("status")) return;
        // As a Python dict: a key set again keeps its place.
        if (statuses is { Count: > 0 }) data["status"] = new JsonObject(statuses.Select(p => KeyValuePair.Create(p.Key.ToString(CultureInfo.InvariantCulture), (JsonNode?)p.Value.DeepClone())));
        else data.Remove("status");
        if (data.Count > 0) unit["data"] = PythonDumps.Of(data);
        else unit.Remove("data");
    }

    private static SortedDictionary<int, JsonNode> Statuses(string? text) =>
        new((text is null ? new JsonArray() : JsonNode.Parse(text)!.AsArray()).ToDictionary(s => s!["code"]!.GetValue<int>(), s => s!));

    private static void Drop(JsonArray secrets, HashSet<string> ids)
    {
        foreach (var secret in secrets.Where(s => ids.Contains(Text(s!, "id")!)).ToList()) secrets.Remove(secret);
    }

    private static JsonObject? Bags(JsonObject step, string side, int relation) =>
        step["state"]?[side]?["relations"]?[relation.ToString(CultureInfo.InvariantCulture)] as JsonObject;

    private static string? Text(JsonNode node, string key) => node[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static string? Text(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ScenarioSetup SetupOf(JsonNode scenario) => ScenarioSetup.Parse(JsonSerializer.SerializeToElement(scenario["setup"]));
}
