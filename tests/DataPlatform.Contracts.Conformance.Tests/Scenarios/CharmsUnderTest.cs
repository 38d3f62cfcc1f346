using System.Text.Json;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Conformance.Tests.Replayers;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>The operations a scenario runs on our charm of one side (provider or requirer API calls).</summary>
public interface ICharmUnderTest
{
    JsonElement? Run(JsonElement action);
}

/// <summary>Builds our handler for a side from the setup's model names, and runs the scenario's API calls on it.</summary>
public static class CharmsUnderTest
{
    public static ICharmUnderTest Create(ScenarioSide side, CharmHost host, ScenarioEvents events)
    {
        var model = side.Setup.GetProperty(side.IsProvider ? "request_model" : "response_model").GetString();
        return (side.IsProvider, model) switch
        {
            (true, "RequirerCommonModel") => new ProviderUnderTest<RequirerCommonModel>(side, host, events),
            (true, "KafkaRequestModel") => new ProviderUnderTest<KafkaRequestModel>(side, host, events),
            (false, "ResourceProviderModel") => new RequirerUnderTest<ResourceProviderModel>(side, host, events),
            (false, "KafkaResponseModel") => new RequirerUnderTest<KafkaResponseModel>(side, host, events),
            _ => throw new InvalidOperationException($"No handler for the {side.Role} side {side.Name} with model {model}."),
        };
    }
}

internal sealed class ProviderUnderTest<TRequest> : ICharmUnderTest where TRequest : RequirerCommonModel, new()
{
    private readonly ResourceProviderEventHandler<TRequest> _handler;

    public ProviderUnderTest(ScenarioSide side, CharmHost host, ScenarioEvents events)
    {
        _handler = new ResourceProviderEventHandler<TRequest>(host, side.Endpoint, side.ProviderOptions);
        events.Provider(side.Name, _handler);
    }

    public JsonElement? Run(JsonElement action)
    {
        var relationId = action.GetProperty("relation_id").GetInt32();
        switch (action.GetProperty("op").GetString())
        {
            case "set_response":
                SetResponses(relationId, action.GetProperty("model").GetString()!, new[] { action.GetProperty("fields") });
                return null;
            case "set_responses":
                SetResponses(relationId, action.GetProperty("model").GetString()!, action.GetProperty("fields_list").EnumerateArray().ToArray());
                return null;
            case "raise_status":
                var status = action.GetProperty("status");
                if (status.ValueKind == JsonValueKind.Number) _handler.RaiseStatus(relationId, status.GetInt32());
                else _handler.RaiseStatus(relationId, (RelationStatus)VectorType.Named("RelationStatus").FromFields(status, new ModelReadContext()));
                return null;
            case "resolve_status":
                _handler.ResolveStatus(relationId, action.GetProperty("status_code").GetInt32());
                return null;
            case "clear_statuses":
                _handler.ClearStatuses(relationId);
                return null;
            case "query_requests":
                // Upstream's requests() gives the V0 contract for a V0 client, not the adapted request.
                var requests = _handler.ClientContract(relationId)?.Requests ?? Array.Empty<RequirerCommonModel>();
                return JsonSerializer.SerializeToElement(requests.Select(VectorType.ParsedModel).ToList());
            default:
                throw new InvalidOperationException($"A provider cannot run {action.GetProperty("op").GetString()}.");
        }
    }

    private void SetResponses(int relationId, string model, IReadOnlyList<JsonElement> fields)
    {
        switch (model)
        {
            case "ResourceProviderModel": _handler.SetResponses(relationId, Build<ResourceProviderModel>(model, fields)); break;
            case "KafkaResponseModel": _handler.SetResponses(relationId, Build<KafkaResponseModel>(model, fields)); break;
            default: throw new InvalidOperationException($"No response model {model}.");
        }
    }

    private static List<T> Build<T>(string model, IEnumerable<JsonElement> fields) =>
        fields.Select(f => (T)VectorType.Named(model).FromFields(f, new ModelReadContext())).ToList();
}

internal sealed class RequirerUnderTest<TResponse> : ICharmUnderTest where TResponse : ResourceProviderModel, new()
{
    private readonly ResourceRequirerEventHandler<TResponse> _handler;

    public RequirerUnderTest(ScenarioSide side, CharmHost host, ScenarioEvents events)
    {
        var type = VectorType.Named(side.Setup.GetProperty("request_model").GetString()!);
        var requests = side.Setup.GetProperty("requests").EnumerateArray()
            .Select(fields => (RequirerCommonModel)type.FromFields(fields, new ModelReadContext()))
            .ToList();
        _handler = new ResourceRequirerEventHandler<TResponse>(host, side.Endpoint, requests, side.RequirerOptions);
        events.Requirer(side.Name, _handler);
    }

    public JsonElement? Run(JsonElement action)
    {
        var relationId = action.GetProperty("relation_id").GetInt32();
        if (action.GetProperty("op").GetString() != "query_created") throw new InvalidOperationException($"A requirer cannot run {action.GetProperty("op").GetString()}.");
        var created = action.GetProperty("request_ids").EnumerateArray().Select(i => i.GetString()!)
            .ToDictionary(id => id, id => _handler.IsResourceCreated(relationId, id));
        return JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["are_all_resources_created"] = _handler.AreAllResourcesCreated(relationId),
            ["is_resource_created"] = created,
        });
    }
}
