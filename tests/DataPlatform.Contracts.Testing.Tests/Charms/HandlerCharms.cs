using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
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

    public const string RotatedPassword = "pw-rotated-0452";

    /// <summary>The provider's operator action: a new password for every request of every relation.</summary>
    public static readonly HookContext Rotate = new("rotate-password");

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
            host.Observe(Rotate.Name, _ =>
            {
                foreach (var id in host.Backend.RelationIds("database"))
                {
                    foreach (var request in handler.Requests(id)) handler.SetResponse(id, new ResourceProviderModel { RequestId = request.RequestId, Password = RotatedPassword });
                }
            });
            return handler;
        }, units: dbUnits);
        juju.Deploy("app", requirer, host =>
        {
            var requests = new[] { new RequirerCommonModel { Resource = "clientdb", Salt = "SALT000000000001" } };
            var handler = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests);
            handler.ResourceCreated += e => events.Add($"{host.Backend.UnitName} {e.Name} {e.Response.Username}:{e.Response.Password}@{e.Response.Endpoints}");
            handler.AuthenticationUpdated += e => events.Add($"{host.Backend.UnitName} {e.Name} {e.Response.Username}:{e.Response.Password}");
            return handler;
        });
    }
}
