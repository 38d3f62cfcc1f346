using System.Text.Json.Nodes;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>D7: <c>&lt;alias&gt;_authentication_updated</c> exists.</summary>
public static partial class DivergenceRules
{
    /// <summary>
    /// D7 over a whole scenario: a V1 requirer with relation aliases raises every event also under
    /// the relation's alias (its unit databag's <c>alias</c>, docs/protocol/databags.md#v1-requirer), right after the
    /// plain one, <c>authentication_updated</c> included. Upstream never defines the aliased
    /// <c>authentication_updated</c> (Q11): its relation-changed hook fails with an AttributeError
    /// naming it, and its secret-changed path raises none; we fail no hook and raise it.
    /// </summary>
    public static JsonNode AliasedAuthenticationUpdated(JsonNode recorded)
    {
        var scenario = recorded.DeepClone();
        var setup = SetupOf(scenario);
        var aliased = setup.Sides.Where(s => s is { IsProvider: false, IsV0Library: false } && s.RequirerOptions.RelationAliases is { Count: > 0 })
            .Select(s => s.Name).ToHashSet();
        foreach (var step in Steps(scenario))
        {
            if (step["error"] is { } error && Text(error, "exception") == "AttributeError"
                && Text(error, "message")?.Contains("_authentication_updated'", StringComparison.Ordinal) == true
                && aliased.Contains(Text(step["action"]!, "to") ?? ""))
            {
                step.Remove("error");
            }
            var events = step["events"]!.AsArray().Select(e => e!.DeepClone()).ToList();
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                var side = Text(e, "side");
                if (!aliased.Contains(side ?? "") || Text(e, "type") != "library_event" || Text(e, "name") != "authentication_updated") continue;
                var relation = e["relation_id"]!.GetValue<int>();
                if (Bags(step, side!, relation)?["unit"]?["alias"]?.GetValue<string>() is not { } alias) continue;
                var name = alias + "_authentication_updated";
                if (i + 1 < events.Count && Text(events[i + 1], "name") == name) continue;
                var copy = e.DeepClone().AsObject();
                copy["name"] = name;
                events.Insert(++i, copy);
            }
            step["events"] = new JsonArray(events.ToArray());
        }
        return scenario;
    }
}
