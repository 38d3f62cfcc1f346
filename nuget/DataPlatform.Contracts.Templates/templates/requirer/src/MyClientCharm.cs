using DataPlatform.Contracts;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace MyClient;

/// <summary>
/// The charm: asks for the database named by the <c>database-name</c> option over the
/// <c>database</c> endpoint, and hands the answer to the application, again whenever the
/// database charm rotates the password or moves its endpoints.
/// </summary>
public sealed class MyClientCharm
{
    /// <summary>The endpoint of charmcraft.yaml's <c>requires</c>.</summary>
    public const string Endpoint = "database";

    private readonly CharmHost _host;
    private readonly IApplication _application;

    /// <summary>Wires the handler into the host of the current hook (the charm is built anew in every hook).</summary>
    public MyClientCharm(CharmHost host, IApplication application)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host;
        _application = application;

        // No salt or request id here: a request keeps those it was first published with.
        var request = new DatabaseRequest { Resource = host.Config.GetString("database-name") ?? host.App.Name };
        Database = new ResourceRequirerEventHandler<ResourceProviderModel>(host, Endpoint, [request]);
        Database.ResourceCreated += e => Connect(e.Response);
        Database.AuthenticationUpdated += e => Connect(e.Response);
        Database.EndpointsChanged += e => Connect(e.Response);
        host.Observe("install", _ => ReportWaiting());
        host.Observe($"{Endpoint}-relation-broken", _ =>
        {
            _application.Disconnect();
            ReportWaiting();
        });
    }

    /// <summary>The relation handler, for tests and for code that reads the responses.</summary>
    public ResourceRequirerEventHandler<ResourceProviderModel> Database { get; }

    private void Connect(ResourceProviderModel response)
    {
        if (response.Endpoints is null || response.Username is null || response.Password is null)
        {
            _host.Unit.SetStatus(WorkloadStatus.Waiting, $"waiting for the credentials of {response.Resource}");
            return;
        }

        _application.Connect(new DatabaseConnection(response.Resource, response.Endpoints, response.Username, response.Password));
        _host.Unit.SetStatus(WorkloadStatus.Active, $"connected to {response.Resource}");
    }

    private void ReportWaiting() => _host.Unit.SetStatus(WorkloadStatus.Blocked, $"needs a {Endpoint} relation");
}
