using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>
/// A provider charm "db" (two units) and a requirer charm "app" built on the library's handlers
/// in an in-memory Juju, with the provider answering every request with fixed credentials.
/// </summary>
internal sealed class TwoCharms
{
    public const string Password = "s3cr3t-never-printed";
    private Action<ResourceProviderEventHandler<RequirerCommonModel>>? _operation;

    public TwoCharms(IReadOnlyList<string>? aliases = null, bool answer = true)
    {
        var provider = new CharmMetadata("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } };
        var requirer = new CharmMetadata("app") { Requires = new[] { new EndpointMetadata("database", "postgresql_client", Limit: aliases?.Count ?? 1) } };
        Juju.Deploy("db", provider, host =>
        {
            var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
            if (answer)
            {
                handler.ResourceRequested += e => handler.SetResponse(e.Relation.Id, new ResourceProviderModel
                {
                    RequestId = e.Request.RequestId, Resource = e.Request.Resource, Username = "user", Password = Password, Endpoints = "10.0.0.1:5432",
                });
            }
            host.Observe("operation", _ => _operation?.Invoke(handler));
            return handler;
        }, units: 2);
        Juju.Deploy("app", requirer, host =>
        {
            var requests = new[] { new RequirerCommonModel { Resource = "clientdb", Salt = "SALT000000000001" } };
            var handler = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, new RequirerOptions { RelationAliases = aliases });
            handler.ResourceCreated += e => Events.Add(e.Name);
            handler.AuthenticationUpdated += e => Events.Add(e.Name);
            foreach (var alias in aliases ?? Array.Empty<string>())
            {
                handler.ForAlias(alias).ResourceCreated += e => Events.Add(e.Name);
                handler.ForAlias(alias).AuthenticationUpdated += e => Events.Add(e.Name);
            }
            return handler;
        });
        Simulator = new RelationSimulator(Juju) { ThrowOnHookFailure = false };
    }

    public InMemoryJuju Juju { get; } = new();

    public RelationSimulator Simulator { get; }

    public List<string> Events { get; } = new();

    /// <summary>Runs a provider API call as a hook on <paramref name="unit"/>.</summary>
    public HookResult Operate(string unit, Action<ResourceProviderEventHandler<RequirerCommonModel>> operation)
    {
        _operation = operation;
        return Juju.RunHook(unit, new HookContext("operation"));
    }

    /// <summary>Every committed databag of the relation, for before/after comparisons.</summary>
    public Dictionary<string, IReadOnlyDictionary<string, string>> Databags(int relation) =>
        new[] { "db", "db/0", "db/1", "app", "app/0" }.ToDictionary(m => m, m => Juju.Databag(relation, m));
}
