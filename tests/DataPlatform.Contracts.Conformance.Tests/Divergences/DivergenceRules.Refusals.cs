using System.Globalization;
using System.Text.Json.Nodes;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>D12 and D17: what a refused change and a broken relation leave behind.</summary>
public static partial class DivergenceRules
{
    /// <summary>
    /// D12 over a whole scenario: when a V1 provider refuses a change ("Cannot change ..."), its
    /// state is what it was before the step, and stays so while the recording keeps the refused state.
    /// </summary>
    public static JsonNode RefusedChangeStoresNothing(JsonNode recorded)
    {
        var scenario = recorded.DeepClone();
        var setup = SetupOf(scenario);
        var steps = Steps(scenario).ToList();
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
    /// D17 over a whole scenario: a V1 provider that sees its relation broken removes, when it
    /// leads (only a leader manages the application's secrets), the secrets it created for it
    /// (labels <c>&lt;endpoint&gt;.&lt;relation id&gt;.</c>, docs/protocol/secrets.md#labels); a requirer's view
    /// of them goes at its next sync from that provider (README, delivery).
    /// </summary>
    public static JsonNode BrokenRelationLeavesNoSecrets(JsonNode recorded)
    {
        var scenario = recorded.DeepClone();
        var setup = SetupOf(scenario);
        var removed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var forgotten = new HashSet<(string Owner, string Consumer)>();
        foreach (var step in Steps(scenario))
        {
            var action = step["action"]!;
            var state = step["state"]!.AsObject();
            if (Text(action, "op") == "relation_removed" && setup.Side(Text(action, "side")!) is { IsProvider: true, IsV0Library: false, IsLeader: true } provider)
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

    private static void Drop(JsonArray secrets, HashSet<string> ids)
    {
        foreach (var secret in secrets.Where(s => ids.Contains(Text(s!, "id")!)).ToList()) secrets.Remove(secret);
    }
}
