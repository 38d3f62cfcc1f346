using System.Text.Json;
using DataPlatform.Contracts.Conformance.Tests.Replayers;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>The library events our charms raise, recorded in the vectors' form.</summary>
public sealed class ScenarioEvents
{
    private readonly List<JsonElement> _events = new();

    public IReadOnlyList<JsonElement> Drain()
    {
        var events = _events.ToList();
        _events.Clear();
        return events;
    }

    public void Provider<TRequest>(string side, ResourceProviderEventHandler<TRequest> handler) where TRequest : RequirerCommonModel, new()
    {
        handler.ResourceRequested += e => Add(side, e, ("request", VectorType.ParsedModel((RequirerCommonModel?)e.V0Request ?? e.Request)));
        handler.ResourceEntityRequested += e => Add(side, e, ("request", VectorType.ParsedModel((RequirerCommonModel?)e.V0Request ?? e.Request)));
        handler.ResourceEntityPermissionsChanged += e => Add(side, e, ("request", VectorType.ParsedModel((RequirerCommonModel?)e.V0Request ?? e.Request)));
        handler.MtlsCertUpdated += e => Add(side, e, ("request", VectorType.ParsedModel((RequirerCommonModel?)e.V0Request ?? e.Request)), ("old_mtls_cert", JsonSerializer.SerializeToElement(e.OldMtlsCert)));
        handler.BulkResourcesRequested += e => Add(side, e, ("requests", Array(e.Requests.Select(VectorType.ParsedModel))));
    }

    public void Requirer<TResponse>(string side, ResourceRequirerEventHandler<TResponse> handler) where TResponse : ResourceProviderModel, new()
    {
        Listen(side, handler.Events);
        handler.StatusRaised += e => Add(side, e, Status(e));
        handler.StatusResolved += e => Add(side, e, Status(e));
        foreach (var alias in handler.Options.RelationAliases ?? System.Array.Empty<string>()) Listen(side, handler.ForAlias(alias));
    }

    private void Listen<TResponse>(string side, RequirerEvents<TResponse> events) where TResponse : ResourceProviderModel
    {
        events.ResourceCreated += e => Add(side, e, ("response", VectorType.ParsedModel(e.Response)));
        events.ResourceEntityCreated += e => Add(side, e, ("response", VectorType.ParsedModel(e.Response)));
        events.EndpointsChanged += e => Add(side, e, ("response", VectorType.ParsedModel(e.Response)));
        events.ReadOnlyEndpointsChanged += e => Add(side, e, ("response", VectorType.ParsedModel(e.Response)));
        events.AuthenticationUpdated += e => Add(side, e, ("response", VectorType.ParsedModel(e.Response)));
    }

    private static (string, JsonElement)[] Status(RelationStatusEvent e) => new[]
    {
        ("status", VectorType.ParsedModel(e.Status)),
        ("active_statuses", Array(e.ActiveStatuses.Select(VectorType.ParsedModel))),
    };

    private static JsonElement Array(IEnumerable<JsonElement> items) => JsonSerializer.SerializeToElement(items.ToList());

    private void Add(string side, RelationEvent e, params (string Key, JsonElement Value)[] payload)
    {
        var record = new Dictionary<string, JsonElement>
        {
            ["side"] = JsonSerializer.SerializeToElement(side),
            ["name"] = JsonSerializer.SerializeToElement(e.Name),
            ["relation_id"] = JsonSerializer.SerializeToElement(e.Relation.Id),
            ["relation_name"] = JsonSerializer.SerializeToElement(e.Relation.Name),
        };
        foreach (var (key, value) in payload) record[key] = value;
        _events.Add(JsonSerializer.SerializeToElement(record));
    }
}
