using DataPlatform.Contracts;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace MyClient.Tests;

/// <summary>
/// The other side of the relation in the tests: a database charm that answers every request with
/// a user and a password, and rotates the password on its <c>rotate-password</c> action.
/// </summary>
internal static class FakeDatabaseCharm
{
    public const string Endpoints = "10.0.0.7:5432";

    public static readonly CharmMetadata Metadata = new("fake-database")
    {
        Provides = [new EndpointMetadata("database", "postgresql_client")],
        Actions = [new ActionMetadata("rotate-password")],
    };

    public static object Create(CharmHost host)
    {
        var clients = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
        clients.ResourceRequested += e => clients.SetResponse(e.Relation.Id, new ResourceProviderModel
        {
            RequestId = e.Request.RequestId,
            Resource = e.Request.Resource,
            Username = $"relation-{e.Relation.Id}",
            Password = "first-password",
            Endpoints = Endpoints,
        });
        host.ObserveAction("rotate-password", _ =>
        {
            foreach (var relation in clients.Relations)
            {
                foreach (var request in clients.Requests(relation.Id))
                {
                    clients.SetResponse(relation.Id, new ResourceProviderModel { RequestId = request.RequestId, Password = "second-password" });
                }
            }
        });
        return clients;
    }
}
