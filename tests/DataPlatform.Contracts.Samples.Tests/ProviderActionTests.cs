using Charms.Provider;
using Charms.Requirer;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;
using Demo;

namespace DataPlatform.Contracts.Samples.Tests;

/// <summary>The sample provider's actions, as declared in its charmcraft.yaml, and its unit status.</summary>
public sealed class ProviderActionTests
{
    private static readonly string Charms = Path.Combine(AppContext.BaseDirectory, "charms");

    private readonly InMemoryJuju _juju = new();
    private readonly RelationSimulator _sim;

    public ProviderActionTests()
    {
        _sim = new RelationSimulator(_juju);
        var schema = StatusSchema.Load(Path.Combine(AppContext.BaseDirectory, "status-schema.json"));
        var server = new FakeDatabaseServer();
        _juju.Deploy("db", Path.Combine(Charms, "demo-postgresql"), host => new ProviderCharm(host, server, schema));
        _juju.Deploy("app", Path.Combine(Charms, "demo-app"), host => new RequirerCharm(host, new DemoApplication(TextWriter.Null), new[] { "inventory" }));
    }

    [Fact]
    public void Rotating_on_a_relation_without_requests_fails_the_action_not_the_hook()
    {
        var relation = _juju.Relate("app", "database", "db", "database");

        var run = _juju.RunAction("db/0", "rotate-password", new Dictionary<string, string> { ["relation-id"] = relation.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(run.Failed);
        Assert.Equal($"relation {relation} has no request", run.Message);
        Assert.True(run.Hook.Committed);
    }

    [Fact]
    public void The_actions_schemas_are_enforced_before_anything_runs()
    {
        Assert.Throws<ArgumentException>(() => _juju.RunAction("db/0", "raise-status", new Dictionary<string, string> { ["relation-id"] = "0" }));
        Assert.Throws<ArgumentException>(() => _juju.RunAction("db/0", "rotate-password", new Dictionary<string, string> { ["relation-id"] = "zero" }));
        Assert.Throws<ArgumentException>(() => _juju.RunAction("db/0", "rotate-password", new Dictionary<string, string> { ["relation-id"] = "0", ["password"] = "x" }));
        Assert.Empty(_juju.History);
    }

    [Fact]
    public void Rotating_a_password_reports_the_request_and_never_the_password()
    {
        var relation = _sim.Integrate("app", "database", "db", "database");
        _sim.Settle();
        var user = _juju.Secrets.Single(s => s.OwnerApp == "db" && s.OwnerLabel!.EndsWith(".user.secret", StringComparison.Ordinal));

        var run = _juju.RunAction("db/0", "rotate-password", new Dictionary<string, string> { ["relation-id"] = $"{relation}" });

        Assert.False(run.Failed);
        Assert.Equal(new[] { "request-id" }, run.Results.Keys);
        var rotated = _juju.Secret(user.Id);
        Assert.Equal(2, rotated.LatestRevision);
        Assert.DoesNotContain(run.Results.Values, v => v == rotated.LatestContent["password"]);
    }

    [Fact]
    public void The_provider_reports_its_client_relations_in_its_unit_status()
    {
        var relation = _sim.Integrate("app", "database", "db", "database");
        _sim.Settle();
        Assert.Equal(new StatusView(WorkloadStatus.Active, "serving 1 client relation"), _juju.Status("db/0"));

        _sim.Break(relation);
        Assert.Equal(new StatusView(WorkloadStatus.Active, "serving 0 client relations"), _juju.Status("db/0"));
    }
}
