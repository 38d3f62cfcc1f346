using System.Text.Json;
using DataPlatform.Contracts.Conformance.Tests.Replayers;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>One event of ours in the vectors' form, with the hook it was raised in (for the D8 check).</summary>
public sealed record OurEvent(string Side, JsonElement Record, HookContext? Hook)
{
    public bool IsHook => Record.GetProperty("type").GetString() == "hook";
}

/// <summary>The hooks our sides ran and the library events our charms raised, in emission order, in the vectors' form.</summary>
public sealed class ScenarioEvents
{
    private readonly List<OurEvent> _events = new();
    private readonly Dictionary<string, HookContext> _running = new(StringComparer.Ordinal);

    public IReadOnlyList<OurEvent> Drain()
    {
        var events = _events.ToList();
        _events.Clear();
        return events;
    }

    /// <summary>
    /// Records a hook our side runs, as the recording shows Juju hooks: relation hooks with the
    /// remote app (and unit), secret hooks with the secret's id and the consumer's label.
    /// </summary>
    public void HookStarted(string side, HookContext hook, bool recorded)
    {
        _running[side] = hook;
        if (!recorded) return;
        var record = new Dictionary<string, JsonElement>
        {
            ["side"] = Json(side),
            ["type"] = Json("hook"),
            ["name"] = Json(hook.Name.Replace('-', '_')),
        };
        if (hook.RelationId is { } relationId)
        {
            record["relation_id"] = Json(relationId);
            record["app"] = Json(hook.RemoteApp);
            if (hook.RemoteUnit is not null) record["unit"] = Json(hook.RemoteUnit);
        }
        if (hook.SecretId is not null)
        {
            record["secret_id"] = Json(hook.SecretId);
            record["secret_label"] = Json(hook.SecretLabel);
        }
        _events.Add(new OurEvent(side, Json(record), hook));
    }

    public void HookEnded(string side) => _running.Remove(side);

    public void Provider<TRequest>(string side, ResourceProviderEventHandler<TRequest> handler) where TRequest : RequirerCommonModel, new()
    {
        handler.ResourceRequested += e => Add(side, e, ("request", VectorType.ParsedModel((RequirerCommonModel?)e.V0Request ?? e.Request)));
        handler.ResourceEntityRequested += e => Add(side, e, ("request", VectorType.ParsedModel((RequirerCommonModel?)e.V0Request ?? e.Request)));
        handler.ResourceEntityPermissionsChanged += e => Add(side, e, ("request", VectorType.ParsedModel((RequirerCommonModel?)e.V0Request ?? e.Request)));
        handler.MtlsCertUpdated += e => Add(side, e, ("request", VectorType.ParsedModel((RequirerCommonModel?)e.V0Request ?? e.Request)), ("old_mtls_cert", Json(e.OldMtlsCert)));
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

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);

    private void Add(string side, RelationEvent e, params (string Key, JsonElement Value)[] payload)
    {
        var record = new Dictionary<string, JsonElement>
        {
            ["side"] = Json(side),
            ["type"] = Json("library_event"),
            ["name"] = Json(e.Name),
            ["relation_id"] = Json(e.Relation.Id),
            ["relation_name"] = Json(e.Relation.Name),
            ["app"] = Json(e.App),
            ["unit"] = Json(e.Unit),
        };
        foreach (var (key, value) in payload) record[key] = value;
        _events.Add(new OurEvent(side, Json(record), _running.GetValueOrDefault(side)));
    }
}
