using System.Text.Json;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>Which end of its relations a side is (conformance README, kind C: from <c>setup.relations[]</c>).</summary>
public enum SideRole
{
    Provider,
    Requirer,
}

/// <summary>One side of a scenario's setup, under its own name: which charm, library, handler and leadership it ran with.</summary>
public sealed record ScenarioSide(string Name, SideRole Role, JsonElement Setup)
{
    public string App => Setup.GetProperty("app").GetString()!;

    public string Unit => Setup.GetProperty("unit").GetString()!;

    public string Endpoint => Setup.GetProperty("endpoint").GetString()!;

    public string? Handler => Setup.TryGetProperty("handler", out var handler) ? handler.GetString() : null;

    public bool IsV0Library => Setup.GetProperty("library").GetString() == "v0";

    public bool IsProvider => Role == SideRole.Provider;

    /// <summary><c>setup.&lt;side&gt;.leader</c>; the README's sides lead unless they say otherwise.</summary>
    public bool IsLeader => !Setup.TryGetProperty("leader", out var leader) || leader.ValueKind != JsonValueKind.False;

    public string? Option(string name) =>
        Setup.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object && options.TryGetProperty(name, out var value)
            ? value.ToString()
            : null;

    /// <summary>The charm's metadata; V0 sides do not record the interface, so the scenario's is passed.</summary>
    public CharmMetadata Metadata(string interfaceName)
    {
        var limit = Setup.TryGetProperty("limit", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : (int?)null;
        return WithEndpoint(new EndpointMetadata(Endpoint, interfaceName, limit));
    }

    /// <summary>The metadata of this side as another side's model holds it: the endpoint only, no limit.</summary>
    public CharmMetadata RemoteMetadata(string interfaceName) => WithEndpoint(new EndpointMetadata(Endpoint, interfaceName, null));

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

    private CharmMetadata WithEndpoint(EndpointMetadata endpoint) => IsProvider
        ? new CharmMetadata(App) { Provides = new[] { endpoint } }
        : new CharmMetadata(App) { Requires = new[] { endpoint } };
}
