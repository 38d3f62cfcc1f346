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
/// This part holds the value rules (D10, D13) and the helpers; each other part one divergence.
/// </summary>
public static partial class DivergenceRules
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

    private static JsonObject? Bags(JsonObject step, string side, int relation) =>
        step["state"]?[side]?["relations"]?[relation.ToString(CultureInfo.InvariantCulture)] as JsonObject;

    private static string? Text(JsonNode node, string key) => node[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static string? Text(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonObject> Steps(JsonNode scenario) => scenario["steps"]!.AsArray().Select(s => s!.AsObject());

    private static ScenarioSetup SetupOf(JsonNode scenario) => ScenarioSetup.Parse(JsonSerializer.SerializeToElement(scenario["setup"]));
}
