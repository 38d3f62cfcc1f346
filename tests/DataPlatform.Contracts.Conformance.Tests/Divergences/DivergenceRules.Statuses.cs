using System.Globalization;
using System.Text.Json.Nodes;
using DataPlatform.Contracts.Conformance.Tests.Comparison;
using DataPlatform.Contracts.Conformance.Tests.Scenarios;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>D2: status events once per code, and the codes the requirer remembers.</summary>
public static partial class DivergenceRules
{
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
        foreach (var step in Steps(scenario))
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
}
