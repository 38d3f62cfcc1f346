using System.Text.Json;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>One side of a scenario's setup: which charm, library and handler it ran.</summary>
public sealed record ScenarioSide(string Role, JsonElement Setup)
{
    public string App => Setup.GetProperty("app").GetString()!;

    public string Unit => Setup.GetProperty("unit").GetString()!;

    public string Endpoint => Setup.GetProperty("endpoint").GetString()!;

    public bool IsV0Library => Setup.GetProperty("library").GetString() == "v0";

    public bool IsProvider => Role == "provider";

    public string? Option(string name) =>
        Setup.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object && options.TryGetProperty(name, out var value)
            ? value.ToString()
            : null;

    /// <summary>The charm's metadata; V0 sides do not record the interface, so the other side's is passed.</summary>
    public CharmMetadata Metadata(string interfaceName)
    {
        {
            var limit = Setup.TryGetProperty("limit", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : (int?)null;
            var endpoint = new EndpointMetadata(Endpoint, interfaceName, limit);
            return IsProvider
                ? new CharmMetadata(App) { Provides = new[] { endpoint } }
                : new CharmMetadata(App) { Requires = new[] { endpoint } };
        }
    }

    public ProviderOptions ProviderOptions => new()
    {
        MtlsEnabled = Option("mtls_enabled") == "True",
        BulkEvent = Option("bulk_event") == "True",
        StatusSchema = Setup.TryGetProperty("status_schema", out var schema) && schema.ValueKind == JsonValueKind.Object
            ? StatusSchema.Parse(schema.GetRawText())
            : null,
    };

    public RequirerOptions RequirerOptions => new()
    {
        RelationAliases = Setup.TryGetProperty("relation_aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array
            ? aliases.EnumerateArray().Select(a => a.GetString()!).ToList()
            : null,
    };
}
