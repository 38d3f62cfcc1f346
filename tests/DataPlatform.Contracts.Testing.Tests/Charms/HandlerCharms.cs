using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Testing.Tests.Charms;

/// <summary>
/// A provider "db" and a requirer "app" built on the library's handlers: the requirer asks for
/// database "clientdb", the provider answers with a user whose password travels in a secret. The response
/// repeats the request's salt so that two runs write the same bytes (a response's default salt is random).
/// </summary>
internal static class HandlerCharms
{
    public const string Password = "pw-through-tools-0451";

    /// <summary>Deploys both on <paramref name="juju"/>; the requirer's events go to <paramref name="events"/>.</summary>
    public static void Deploy(InMemoryJuju juju, List<string> events, int dbUnits = 1)
    {
        var provider = new CharmMetadata("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } };
        var requirer = new CharmMetadata("app") { Requires = new[] { new EndpointMetadata("database", "postgresql_client") } };
        juju.Deploy("db", provider, host =>
        {
            var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
            handler.ResourceRequested += e => handler.SetResponse(e.Relation.Id, new ResourceProviderModel
            {
                RequestId = e.Request.RequestId, Salt = e.Request.Salt, Resource = e.Request.Resource, Username = "relation-user", Password = Password, Endpoints = "10.0.0.1:5432",
            });
            return handler;
        }, units: dbUnits);
        juju.Deploy("app", requirer, host =>
        {
            var requests = new[] { new RequirerCommonModel { Resource = "clientdb", Salt = "SALT000000000001" } };
            var handler = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests);
            handler.ResourceCreated += e => events.Add($"{host.Backend.UnitName} {e.Name} {e.Response.Username}:{e.Response.Password}@{e.Response.Endpoints}");
            return handler;
        });
    }
}
