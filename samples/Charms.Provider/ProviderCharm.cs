using DataPlatform.Contracts;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Relations;

namespace Charms.Provider;

/// <summary>
/// A database charm: answers every request with a user of its own, publishes endpoints, and lets
/// its operator rotate passwords, move the read-only endpoint and raise statuses.
/// </summary>
public sealed class ProviderCharm
{
    /// <summary>The endpoint the charm serves.</summary>
    public const string Endpoint = "database";

    private readonly ResourceProviderEventHandler<RequirerCommonModel> _database;
    private readonly IDatabaseServer _server;

    /// <summary>Wires the charm's handlers into the host of the current hook.</summary>
    public ProviderCharm(CharmHost host, IDatabaseServer server, StatusSchema schema)
    {
        _server = server;
        _database = new ResourceProviderEventHandler<RequirerCommonModel>(host, Endpoint, new ProviderOptions { StatusSchema = schema });
        _database.ResourceRequested += OnResourceRequested;
    }

    /// <summary>The relation handler, for actions run by the operator.</summary>
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
    }

    /// <summary>Operator action: a new password for the user of <paramref name="requestId"/>.</summary>
    public void RotatePassword(int relationId, string requestId) =>
        _database.SetResponse(relationId, new DatabaseResponse { RequestId = requestId, Password = _server.RotatePassword(requestId) });

    /// <summary>Operator action: publish a read-only endpoint to every client request.</summary>
    public void PublishReadOnlyEndpoints(int relationId, string endpoints)
    {
        foreach (var request in _database.Requests(relationId))
        {
            _database.SetResponse(relationId, new DatabaseResponse { RequestId = request.RequestId, ReadOnlyEndpoints = endpoints });
        }
    }
}
