using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Fuzz;

/// <summary>
/// A provider "db" (two units) and a requirer "app" on the library's handlers in an in-memory
/// Juju, settled once; the provider answers every request with the planted secret as password.
/// </summary>
internal sealed class HandlerWorld
{
    private static readonly string[] Members = { "db", "db/0", "db/1", "app", "app/0" };

    public HandlerWorld()
    {
        var provider = new CharmMetadata("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } };
        var requirer = new CharmMetadata("app") { Requires = new[] { new EndpointMetadata("database", "postgresql_client") } };
        Juju.Deploy("db", provider, host =>
        {
            var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
            handler.ResourceRequested += e => handler.SetResponse(e.Relation.Id, new ResourceProviderModel
            {
                RequestId = e.Request.RequestId, Resource = e.Request.Resource, Username = "user", Password = Mutator.PlantedSecret, Endpoints = "10.0.0.1:5432",
            });
            return handler;
        }, units: 2);
        Juju.Deploy("app", requirer, host =>
        {
            var requests = new[] { new RequirerCommonModel { Resource = "clientdb", Salt = "SALT000000000001" } };
            return new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests);
        });
        var simulator = new RelationSimulator(Juju) { ThrowOnHookFailure = false };
        Relation = simulator.Integrate("app", "database", "db", "database");
        simulator.Settle();
    }

    public InMemoryJuju Juju { get; } = new();

    public int Relation { get; }

    /// <summary>Replaces the app databag of <paramref name="app"/> with <paramref name="databag"/>.</summary>
    public void SetAppDatabag(string app, IReadOnlyDictionary<string, string> databag)
    {
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in Juju.Databag(Relation, app).Keys) changes[key] = "";
        foreach (var (key, value) in databag) changes[key] = value;
        Juju.UpdateDatabag(Relation, app, changes);
    }

    /// <summary>Everything a hook could write: the relation's databags and every secret, as text.</summary>
    public string Snapshot()
    {
        var text = new System.Text.StringBuilder();
        foreach (var member in Members)
        {
            text.Append(member).Append(':');
            foreach (var (key, value) in Juju.Databag(Relation, member).OrderBy(e => e.Key, StringComparer.Ordinal)) text.Append(key).Append('=').Append(value).Append(';');
            text.Append('\n');
        }
        foreach (var secret in Juju.Secrets.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            text.Append(secret.Id).Append(' ').Append(secret.OwnerLabel).Append(' ');
            foreach (var (revision, content) in secret.Revisions.OrderBy(r => r.Key))
            {
                text.Append(revision).Append('{');
                foreach (var (key, value) in content.OrderBy(e => e.Key, StringComparer.Ordinal)) text.Append(key).Append('=').Append(value).Append(';');
                text.Append('}');
            }
            foreach (var (unit, label) in secret.ConsumerLabels.OrderBy(e => e.Key, StringComparer.Ordinal)) text.Append(unit).Append('~').Append(label).Append(';');
            foreach (var (unit, revision) in secret.TrackedRevisions.OrderBy(e => e.Key, StringComparer.Ordinal)) text.Append(unit).Append('@').Append(revision).Append(';');
            foreach (var (relation, app) in secret.Grants.OrderBy(e => e.Key)) text.Append(relation).Append('>').Append(app).Append(';');
            text.Append('\n');
        }
        return text.ToString();
    }
}
