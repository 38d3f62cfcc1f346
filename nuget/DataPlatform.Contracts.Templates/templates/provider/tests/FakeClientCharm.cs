using DataPlatform.Contracts;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace MyDatabase.Tests;

/// <summary>The other side of the relation in the tests: an application asking for the <c>orders</c> database.</summary>
internal sealed class FakeClientCharm
{
    public static readonly CharmMetadata Metadata = new("fake-client")
    {
        Requires = [new EndpointMetadata("database", "postgresql_client", Limit: 1)],
    };

    /// <summary>Every response the client was handed, in order.</summary>
    public List<ResourceProviderModel> Responses { get; } = [];

    public object Create(CharmHost host)
    {
        var database = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", [new RequirerCommonModel { Resource = "orders" }]);
        database.ResourceCreated += e => Responses.Add(e.Response);
        database.AuthenticationUpdated += e => Responses.Add(e.Response);
        database.EndpointsChanged += e => Responses.Add(e.Response);
        return database;
    }
}
