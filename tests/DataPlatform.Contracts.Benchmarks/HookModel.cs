using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Testing;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// In-memory Juju models for the whole-hook benchmarks (docs/hook-cost.md): a provider "db" related
/// to one or more clients, each client's app bag holding N V1 requests, and a way to run one hook
/// from the same committed state as often as the benchmark asks (the hook is never committed).
/// </summary>
internal sealed class HookModel
{
    public static readonly CharmMetadata Provider = new("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } };

    public static readonly CharmMetadata Client = new("app") { Requires = new[] { new EndpointMetadata("database", "postgresql_client") } };

    private readonly Func<CharmHost, object> _charm;
    private readonly CharmMetadata _metadata;

    private HookModel(InMemoryJuju juju, Func<CharmHost, object> charm, CharmMetadata metadata)
    {
        Juju = juju;
        _charm = charm;
        _metadata = metadata;
    }

    public InMemoryJuju Juju { get; }

    public List<int> Relations { get; } = new();

    /// <summary>A provider whose charm <paramref name="provider"/> builds, and <paramref name="clients"/> clients of <paramref name="requests"/> requests each.</summary>
    public static HookModel ProviderWithClients(Func<CharmHost, object> provider, int clients, int requests)
    {
        var juju = new InMemoryJuju();
        juju.Deploy("db", Provider, provider);
        var model = new HookModel(juju, provider, Provider);
        for (var c = 0; c < clients; c++)
        {
            var app = "app" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            juju.Deploy(app, new CharmMetadata(app) { Requires = Client.Requires }, _ => new object());
            var relation = juju.Relate(app, "database", "db", "database");
            var databag = new Databag();
            new RequirerDataContractV1<RequirerCommonModel> { Requests = Data.Requests(requests) }.WriteDatabag(databag, ModelWriteContext.Full);
            juju.UpdateDatabag(relation, app, databag);
            model.Relations.Add(relation);
        }
        return model;
    }

    /// <summary>A client "app0" with <paramref name="requests"/> requests, published and answered (with user secrets) by "db".</summary>
    public static HookModel AnsweredClient(Func<CharmHost, object> client, int requests)
    {
        var juju = new InMemoryJuju();
        juju.Deploy("db", Provider, host => HookCharms.Answering(host));
        juju.Deploy("app0", Client, client);
        var relation = juju.Relate("app0", "database", "db", "database");
        Must(juju.RunHook("app0/0", Hooks.Relation("created", "database", relation, "db")));
        Must(juju.RunHook("db/0", Hooks.Relation("changed", "database", relation, "app0")));
        var model = new HookModel(juju, client, Client);
        model.Relations.Add(relation);
        return model;
    }

    /// <summary>Runs <paramref name="hook"/> on <paramref name="unit"/> through the charm's host, and commits it.</summary>
    public void Commit(string unit, HookContext hook) => Must(Juju.RunHook(unit, hook));

    /// <summary>
    /// Runs <paramref name="hook"/> on <paramref name="unit"/> as a charm process would (a fresh host
    /// and charm, the observers dispatched, the hook's writes sent to the unit's backend) without
    /// committing it, so every run starts from the same state.
    /// </summary>
    public void Run(string unit, HookContext hook)
    {
        var backend = Juju.HookBackend(new HookEnvironment(unit, null, "3.6.12", "/charm", "hooks/" + hook.Name, hook));
        var host = new CharmHost(backend, _metadata);
        GC.KeepAlive(_charm(host));
        host.Dispatch();
    }

    private static void Must(HookResult result)
    {
        if (!result.Committed) throw new InvalidOperationException("a setup hook failed: " + result.Error);
    }
}
