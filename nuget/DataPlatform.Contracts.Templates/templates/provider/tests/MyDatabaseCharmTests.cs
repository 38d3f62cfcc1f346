using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;

namespace MyDatabase.Tests;

/// <summary>The charm in an in-memory Juju, related to a fake client charm, hook by hook as Juju runs them.</summary>
public sealed class MyDatabaseCharmTests
{
    private readonly InMemoryJuju _juju = new();
    private readonly RelationSimulator _sim;
    private readonly RecordingDatabaseServer _server = new();
    private readonly FakeClientCharm _client = new();

    public MyDatabaseCharmTests()
    {
        // The charm's own charmcraft.yaml, copied beside the tests by the charm project.
        _juju.Deploy("my-database", AppContext.BaseDirectory, host => new MyDatabaseCharm(host, _server));
        _juju.Deploy("client", FakeClientCharm.Metadata, _client.Create);
        _sim = new RelationSimulator(_juju);
    }

    private int RelateAndSettle()
    {
        var relation = _sim.Integrate("client", "database", "my-database", "database");
        _sim.Settle();
        return relation;
    }

    [Fact]
    public void A_request_gets_a_user_of_its_own_on_the_server()
    {
        var relation = RelateAndSettle();

        var response = Assert.Single(_client.Responses);
        Assert.Equal(MyDatabaseCharm.UserOf(relation, response.RequestId!), response.Username);
        Assert.Equal("orders", _server.Databases[response.Username!]);
        Assert.Equal(_server.Passwords[response.Username!], response.Password);
        Assert.Equal("127.0.0.1:5432", response.Endpoints);
    }

    [Fact]
    public void The_password_travels_in_a_secret_never_in_a_databag()
    {
        var relation = RelateAndSettle();
        var password = Assert.Single(_server.Passwords.Values);

        foreach (var side in new[] { "client", "my-database" })
        {
            Assert.DoesNotContain(_juju.Databag(relation, side).Values, v => v.Contains(password, StringComparison.Ordinal));
        }

        Assert.Contains(_juju.Secrets, s => s.OwnerApp == "my-database" && s.LatestContent.Values.Contains(password));
    }

    [Fact]
    public void New_endpoints_reach_every_client()
    {
        RelateAndSettle();

        _juju.Configure("my-database", new Dictionary<string, string?> { ["endpoints"] = "10.1.0.5:5432,10.1.0.6:5432" });
        _sim.Settle();

        Assert.Equal("10.1.0.5:5432,10.1.0.6:5432", _client.Responses[^1].Endpoints);
    }

    [Fact]
    public void Rotating_a_password_changes_it_on_the_server_and_at_the_client_and_never_shows_it()
    {
        var relation = RelateAndSettle();
        var first = Assert.Single(_server.Passwords.Values);

        var run = _juju.RunAction("my-database/0", "rotate-password", new Dictionary<string, string> { ["relation-id"] = $"{relation}" });
        _sim.Settle();

        Assert.False(run.Failed);
        Assert.Equal("1", run.Results["rotated"]);
        var second = Assert.Single(_server.Passwords.Values);
        Assert.NotEqual(first, second);
        Assert.Equal(second, _client.Responses[^1].Password);
        Assert.DoesNotContain(run.Results.Values, v => v.Contains(second, StringComparison.Ordinal));
    }

    [Fact]
    public void Rotating_on_a_relation_without_requests_fails_the_action()
    {
        var run = _juju.RunAction("my-database/0", "rotate-password", new Dictionary<string, string> { ["relation-id"] = "7" });

        Assert.True(run.Failed);
        Assert.Equal("relation 7 has no request", run.Message);
    }

    [Fact]
    public void The_unit_status_counts_the_clients()
    {
        _juju.RunHook("my-database/0", new HookContext("install"));
        Assert.Equal(new StatusView(WorkloadStatus.Active, "serving 0 clients"), _juju.Status("my-database/0"));

        var relation = RelateAndSettle();
        Assert.Equal(new StatusView(WorkloadStatus.Active, "serving 1 client"), _juju.Status("my-database/0"));

        _sim.Break(relation);
        Assert.Equal(new StatusView(WorkloadStatus.Active, "serving 0 clients"), _juju.Status("my-database/0"));
    }
}
