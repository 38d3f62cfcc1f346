using System.Text.Json.Nodes;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>D5: an entity request without a resource is requested.</summary>
public static partial class DivergenceRules
{
    /// <summary>
    /// D5 over a whole scenario: a V1 provider that handles requests one by one (it leads, no bulk
    /// mode: docs/protocol/events.md#provider-relation-changed) raises <c>resource_entity_requested</c> when a request's
    /// <c>entity-type</c> first appears while its <c>resource</c> is empty; upstream raises nothing
    /// then (Q6). The event comes in the order of the requests and carries the request's set
    /// fields, as the provider's other request events do.
    /// </summary>
    public static JsonNode EntityRequestWithoutResourceIsRequested(JsonNode recorded)
    {
        var scenario = recorded.DeepClone();
        var setup = SetupOf(scenario);
        var providers = setup.Sides.Where(s => s is { IsProvider: true, IsV0Library: false, IsLeader: true } && s.Option("bulk_event") != "True")
            .ToDictionary(s => s.Name, s => s, StringComparer.Ordinal);
        var typed = new HashSet<(string Provider, int Relation, string Request)>();
        foreach (var step in Steps(scenario))
        {
            var action = step["action"]!;
            if (Text(action, "op") != "sync" || !providers.TryGetValue(Text(action, "to") ?? "", out var provider)) continue;
            var relation = action["relation_id"]!.GetValue<int>();
            if (setup.Side(Text(action, "from")!).IsV0Library || Bags(step, Text(action, "from")!, relation)?["app"]?["requests"] is not { } text) continue;
            var events = step["events"]!.AsArray().Select(e => e!.DeepClone()).ToList();
            bool Ours(JsonNode e) => Text(e, "side") == provider.Name && e["relation_id"]?.GetValue<int>() == relation;
            var hook = events.FindIndex(e => Ours(e) && Text(e, "type") == "hook" && e["unit"] is null && Text(e, "name")!.EndsWith("_relation_changed", StringComparison.Ordinal));
            if (hook < 0) continue;
            var requests = JsonNode.Parse(text.GetValue<string>())!.AsArray().Select(r => r!.AsObject()).ToList();
            var earlier = new HashSet<string>(StringComparer.Ordinal);
            foreach (var request in requests)
            {
                var id = Text(request, "request-id") ?? "";
                var hasType = !string.IsNullOrEmpty(Text(request, "entity-type"));
                if (hasType && typed.Add((provider.Name, relation, id)) && Text(request, "resource") == ""
                    && !events.Any(e => Ours(e) && e["request"] is JsonObject r && Text(r, "request-id") == id))
                {
                    // After the hook and the events of the requests before this one.
                    var at = hook + 1;
                    while (at < events.Count && Ours(events[at]) && Text(events[at], "type") == "library_event"
                        && events[at]["request"] is JsonObject before && earlier.Contains(Text(before, "request-id") ?? "")) at++;
                    events.Insert(at, new JsonObject
                    {
                        ["side"] = provider.Name,
                        ["type"] = "library_event",
                        ["name"] = "resource_entity_requested",
                        ["relation_id"] = relation,
                        ["relation_name"] = provider.Endpoint,
                        ["request"] = new JsonObject(request.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value!.DeepClone()))),
                    });
                }
                earlier.Add(id);
            }
            step["events"] = new JsonArray(events.ToArray());
        }
        return scenario;
    }
}
