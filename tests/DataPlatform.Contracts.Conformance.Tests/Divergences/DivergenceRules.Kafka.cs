using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>D1: the Kafka consumer-group-prefix is a plain request field.</summary>
public static partial class DivergenceRules
{
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
        foreach (var step in Steps(scenario))
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
    private static readonly Regex StrayPair = new(@", ""secret_AfterValidator\(func=<function [^>]*>\)"": ""secret:[0-9A-Za-z]+""");

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
}
