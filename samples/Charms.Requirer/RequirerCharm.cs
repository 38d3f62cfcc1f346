using DataPlatform.Contracts;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace Charms.Requirer;

/// <summary>
/// An application charm: asks for one database per configured name and keeps its connection
/// settings up to date as the database charm answers, rotates passwords or raises statuses.
/// </summary>
public sealed class RequirerCharm
{
    /// <summary>The endpoint the charm requires.</summary>
    public const string Endpoint = "database";

    /// <summary>Wires the charm's handler into the host of the current hook.</summary>
    public RequirerCharm(CharmHost host, IApplicationConfig config, IReadOnlyList<string> databases)
    {
        var requests = databases
            .Select((name, i) => (RequirerCommonModel)new ClientRequest { Resource = name, Salt = config.SaltFor(name), AuditToken = config.AuditToken })
            .ToList();
        Database = new ResourceRequirerEventHandler<ResourceProviderModel>(host, Endpoint, requests);
        Database.ResourceCreated += e => config.Connect(e.Response.Resource, e.Response.Endpoints, e.Response.Username, e.Response.Password);
        Database.AuthenticationUpdated += e => config.Connect(e.Response.Resource, e.Response.Endpoints, e.Response.Username, e.Response.Password);
        Database.EndpointsChanged += e => config.Connect(e.Response.Resource, e.Response.Endpoints, e.Response.Username, e.Response.Password);
        Database.ReadOnlyEndpointsChanged += e => config.UseReadOnly(e.Response.Resource, e.Response.ReadOnlyEndpoints);
        Database.StatusRaised += e => config.Report($"database status {e.Status.Code} ({e.Status.Severity}): {e.Status.Message}");
        Database.StatusResolved += e => config.Report($"database status {e.Status.Code} resolved");
    }

    /// <summary>The relation handler.</summary>
    public ResourceRequirerEventHandler<ResourceProviderModel> Database { get; }
}

/// <summary>Where the application keeps its connection settings; a real charm writes its config file here.</summary>
public interface IApplicationConfig
{
    /// <summary>The audit token shared with the database charm, or null.</summary>
    string? AuditToken { get; }

    /// <summary>A stable salt for the request of <paramref name="database"/> (upstream draws a random one once).</summary>
    string SaltFor(string database);

    /// <summary>Connect (or reconnect) to a database.</summary>
    void Connect(string database, string? endpoints, string? username, string? password);

    /// <summary>Send reads to the read-only endpoints.</summary>
    void UseReadOnly(string database, string? endpoints);

    /// <summary>Show a message to the operator (a real charm sets its unit status).</summary>
    void Report(string message);
}
