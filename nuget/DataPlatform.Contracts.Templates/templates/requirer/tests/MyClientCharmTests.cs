using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;

namespace MyClient.Tests;

/// <summary>The charm in an in-memory Juju, related to a fake database charm, hook by hook as Juju runs them.</summary>
public sealed class MyClientCharmTests
{
    private readonly InMemoryJuju _juju = new();
    private readonly RelationSimulator _sim;
    private readonly RecordingApplication _application = new();

    public MyClientCharmTests()
    {
        // The charm's own charmcraft.yaml, copied beside the tests by the charm project.
        _juju.Deploy("my-client", AppContext.BaseDirectory, host => new MyClientCharm(host, _application));
        _juju.Deploy("database", FakeDatabaseCharm.Metadata, FakeDatabaseCharm.Create);
        _sim = new RelationSimulator(_juju);
    }

    [Fact]
    public void Without_a_relation_the_charm_is_blocked()
    {
        _juju.RunHook("my-client/0", new HookContext("install"));

        Assert.Equal(new StatusView(WorkloadStatus.Blocked, "needs a database relation"), _juju.Status("my-client/0"));
        Assert.Empty(_application.Calls);
    }

    [Fact]
    public void The_charm_asks_for_its_database_and_connects_with_the_answer()
    {
        var relation = _sim.Integrate("my-client", "database", "database", "database");
        _sim.Settle();

        Assert.Equal(new DatabaseConnection("my-client", FakeDatabaseCharm.Endpoints, $"relation-{relation}", "first-password"), _application.Current);
        Assert.Equal(new StatusView(WorkloadStatus.Active, "connected to my-client"), _juju.Status("my-client/0"));
    }

    [Fact]
    public void The_password_travels_in_a_secret_never_in_a_databag()
    {
        var relation = _sim.Integrate("my-client", "database", "database", "database");
        _sim.Settle();

        foreach (var side in new[] { "my-client", "database" })
        {
            Assert.DoesNotContain(_juju.Databag(relation, side).Values, v => v.Contains("first-password", StringComparison.Ordinal));
        }

        Assert.Contains(_juju.Secrets, s => s.OwnerApp == "database" && s.LatestContent.Values.Contains("first-password"));
    }

    [Fact]
    public void The_database_name_comes_from_the_charm_config()
    {
        _juju.Configure("my-client", new Dictionary<string, string?> { ["database-name"] = "orders" });
        _sim.Integrate("my-client", "database", "database", "database");
        _sim.Settle();

        Assert.Equal("orders", _application.Current?.Database);
    }

    [Fact]
    public void A_rotated_password_reaches_the_application()
    {
        _sim.Integrate("my-client", "database", "database", "database");
        _sim.Settle();

        _juju.RunAction("database/0", "rotate-password");
        _sim.Settle();

        Assert.Equal("second-password", _application.Current?.Password);
        Assert.Equal(2, _application.Calls.Count);
    }

    [Fact]
    public void Removing_the_relation_disconnects_the_application()
    {
        var relation = _sim.Integrate("my-client", "database", "database", "database");
        _sim.Settle();

        _sim.Break(relation);

        Assert.Null(_application.Current);
        Assert.Equal(new StatusView(WorkloadStatus.Blocked, "needs a database relation"), _juju.Status("my-client/0"));
    }

    [Fact]
    public void The_connection_never_prints_its_password()
    {
        var connection = new DatabaseConnection("orders", FakeDatabaseCharm.Endpoints, "u", "first-password");

        Assert.DoesNotContain("first-password", connection.ToString(), StringComparison.Ordinal);
    }
}
