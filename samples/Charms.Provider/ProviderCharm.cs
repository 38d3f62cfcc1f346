using System.Globalization;
using DataPlatform.Contracts;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace Charms.Provider;

/// <summary>
/// A database charm: answers every request with a user of its own, publishes endpoints, reports
/// its clients in its unit status, and offers its operator the actions of its charmcraft.yaml:
/// rotate a password, publish read-only endpoints, raise and resolve a status.
/// </summary>
public sealed class ProviderCharm
{
    /// <summary>The endpoint the charm serves.</summary>
    public const string Endpoint = "database";

    private readonly CharmHost _host;
    private readonly ResourceProviderEventHandler<RequirerCommonModel> _database;
    private readonly IDatabaseServer _server;
    private bool _reported;

    /// <summary>Wires the charm's handlers and actions into the host of the current hook.</summary>
    public ProviderCharm(CharmHost host, IDatabaseServer server, StatusSchema schema)
    {
        _host = host;
        _server = server;
        _database = new ResourceProviderEventHandler<RequirerCommonModel>(host, Endpoint, new ProviderOptions { StatusSchema = schema });
        _database.ResourceRequested += OnResourceRequested;
        host.Observe($"{Endpoint}-relation-broken", hook => ReportClients(except: hook.RelationId));
        host.ObserveAction("rotate-password", OnRotatePassword);
        host.ObserveAction("publish-read-only-endpoints", OnPublishReadOnlyEndpoints);
        host.ObserveAction("raise-status", action => ChangeStatus(action, raise: true));
        host.ObserveAction("resolve-status", action => ChangeStatus(action, raise: false));
    }

    /// <summary>The relation handler.</summary>
    public ResourceProviderEventHandler<RequirerCommonModel> Database => _database;

    private void OnResourceRequested(ResourceRequestedEvent<RequirerCommonModel> e)
    {
        var request = e.Request;
        var user = _server.CreateUser(request.Resource, e.Relation.Id);
        _database.SetResponse(e.Relation.Id, new DatabaseResponse
        {
            RequestId = request.RequestId,
            Salt = request.Salt,
            Resource = request.Resource,
            Username = user.Name,
            Password = user.Password,
            ReplicationPassword = user.ReplicationPassword,
            Endpoints = _server.Endpoints,
            Version = _server.Version,
        });
        ReportClients(except: null);
    }

    // The result names the request, never the password: action results are shown to whoever runs the action.
    private void OnRotatePassword(CharmAction action)
    {
        var relationId = RelationId(action);
        var requestId = action.GetString("request-id") ?? _database.Requests(relationId).FirstOrDefault()?.RequestId;
        if (requestId is null)
        {
            action.Fail($"relation {relationId} has no request");
            return;
        }

        _database.SetResponse(relationId, new DatabaseResponse { RequestId = requestId, Password = _server.RotatePassword(requestId) });
        action.SetResult("request-id", requestId);
    }

    private void OnPublishReadOnlyEndpoints(CharmAction action)
    {
        var relationId = RelationId(action);
        var endpoints = action.GetString("endpoints")!;
        var requests = _database.Requests(relationId);
        foreach (var request in requests)
        {
            _database.SetResponse(relationId, new DatabaseResponse { RequestId = request.RequestId, ReadOnlyEndpoints = endpoints });
        }

        action.SetResult("requests", requests.Count.ToString(CultureInfo.InvariantCulture));
    }

    private void ChangeStatus(CharmAction action, bool raise)
    {
        var relationId = RelationId(action);
        var code = checked((int)action.GetInt("code")!.Value);
        if (raise) _database.RaiseStatus(relationId, code);
        else _database.ResolveStatus(relationId, code);
        action.SetResult("statuses", _database.GetStatuses(relationId).Count.ToString(CultureInfo.InvariantCulture));
    }

    private static int RelationId(CharmAction action) => checked((int)action.GetInt("relation-id")!.Value);

    // Once per hook is enough: the count cannot change within it, and every status-set is a tool call.
    private void ReportClients(int? except)
    {
        if (_reported) return;
        _reported = true;
        var clients = _host.Backend.RelationIds(Endpoint).Count(id => id != except);
        _host.Unit.SetStatus(WorkloadStatus.Active, clients == 1 ? "serving 1 client relation" : $"serving {clients} client relations");
    }
}
