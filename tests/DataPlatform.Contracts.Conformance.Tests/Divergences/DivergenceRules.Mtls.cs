using System.Text.Json.Nodes;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>D6: a first request with an mTLS cert is requested before its cert is updated.</summary>
public static partial class DivergenceRules
{
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
        foreach (var step in Steps(scenario))
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
}
