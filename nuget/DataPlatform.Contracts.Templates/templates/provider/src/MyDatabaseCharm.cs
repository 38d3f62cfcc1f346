using System.Globalization;
using System.Security.Cryptography;
using DataPlatform.Contracts;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace MyDatabase;

/// <summary>
/// The charm: answers every database request on the <c>database</c> endpoint with a user of its
/// own (the password in a Juju secret granted to the client), republishes the endpoints when the
/// <c>endpoints</c> option changes, and rotates passwords on its <c>rotate-password</c> action.
/// </summary>
public sealed class MyDatabaseCharm
{
    /// <summary>The endpoint of charmcraft.yaml's <c>provides</c>.</summary>
    public const string Endpoint = "database";

    private const string PasswordAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private readonly CharmHost _host;
    private readonly IDatabaseServer _server;

    /// <summary>Wires the handler and the action into the host of the current hook (the charm is built anew in every hook).</summary>
    public MyDatabaseCharm(CharmHost host, IDatabaseServer server)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host;
        _server = server;
        Clients = new ResourceProviderEventHandler<RequirerCommonModel>(host, Endpoint);
        Clients.ResourceRequested += OnResourceRequested;
        host.Observe("install", _ => ReportClients(except: null));
        host.Observe("config-changed", _ => PublishEndpoints());
        host.Observe($"{Endpoint}-relation-broken", hook => ReportClients(except: hook.RelationId));
        host.ObserveAction("rotate-password", OnRotatePassword);
    }

    /// <summary>The relation handler, for tests and for code that reads the requests.</summary>
    public ResourceProviderEventHandler<RequirerCommonModel> Clients { get; }

    private string Endpoints => _host.Config.GetString("endpoints") ?? throw new InvalidOperationException("the endpoints option has no value");

    /// <summary>The user of a request: one per relation and request, stable across hooks.</summary>
    public static string UserOf(int relationId, string requestId) =>
        string.Create(CultureInfo.InvariantCulture, $"relation_{relationId}_{requestId}");

    private void OnResourceRequested(ResourceRequestedEvent<RequirerCommonModel> e)
    {
        var request = e.Request;
        var requestId = request.RequestId ?? throw new InvalidOperationException("a V1 request always has a request id");
        var user = UserOf(e.Relation.Id, requestId);
        var password = NewPassword();
        _server.CreateUser(user, password, request.Resource);
        Clients.SetResponse(e.Relation.Id, new DatabaseResponse
        {
            RequestId = requestId,
            Resource = request.Resource,
            Username = user,
            Password = password,
            Endpoints = Endpoints,
        });
        ReportClients(except: null);
    }

    private void PublishEndpoints()
    {
        if (!_host.Backend.IsLeader()) return;
        foreach (var relation in Clients.Relations)
        {
            foreach (var request in Clients.Requests(relation.Id))
            {
                Clients.SetResponse(relation.Id, new DatabaseResponse { RequestId = request.RequestId, Endpoints = Endpoints });
            }
        }

        ReportClients(except: null);
    }

    // The result counts users, never names a password: action results are shown to whoever runs the action.
    private void OnRotatePassword(CharmAction action)
    {
        var relationId = (int)action.GetInt("relation-id")!.Value; // required by charmcraft.yaml's actions.rotate-password
        var requests = Clients.Relations.Any(r => r.Id == relationId) ? Clients.Requests(relationId) : [];
        if (requests.Count == 0)
        {
            action.Fail($"relation {relationId} has no request");
            return;
        }

        foreach (var request in requests)
        {
            var password = NewPassword();
            _server.SetPassword(UserOf(relationId, request.RequestId!), password);
            Clients.SetResponse(relationId, new DatabaseResponse { RequestId = request.RequestId, Password = password });
        }

        action.SetResult("rotated", requests.Count.ToString(CultureInfo.InvariantCulture));
    }

    // relation-broken still lists the relation being removed.
    private void ReportClients(int? except)
    {
        var count = Clients.Relations.Count(r => r.Id != except);
        _host.Unit.SetStatus(WorkloadStatus.Active, count == 1 ? "serving 1 client" : $"serving {count} clients");
    }

    private static string NewPassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 32);
}
