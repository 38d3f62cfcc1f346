using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.Tests.Readme.Provider;

namespace DataPlatform.Contracts.Testing.Tests.Readme;

// The README's "Test your charm" example, verbatim between the markers: the README's two charms,
// each deployed from its own charmcraft.yaml (copied beside the tests by the project).
public sealed class CharmTests
{
    // readme:begin
    [Fact]
    public void Each_request_of_the_client_gets_a_user_of_its_own()
    {
        var juju = new InMemoryJuju();
        juju.Deploy("db", "Readme/db", host => new DatabaseCharm(host), units: 2);
        juju.Deploy("client", "Readme/client", host => new ClientCharm(host), units: 2);
        var sim = new RelationSimulator(juju);
        var relation = sim.Integrate("client", "database", "db", "database");
        sim.Settle();

        Assert.Equal(new StatusView(WorkloadStatus.Active, "using clientdb"), juju.Status("client/1"));
        var ids = juju.RunAction("client/0", "show-requests").Results[$"relation-{relation}"].Split(',');
        Assert.Equal(2, ids.Length);
        // One user secret for the database request, one entity secret for the user request, both granted to the client.
        Assert.Equal("client", juju.SecretByOwnerLabel("db", $"database.{relation}.{ids[0]}.user.secret")?.Grants[relation]);
        Assert.Equal("client", juju.SecretByOwnerLabel("db", $"database.{relation}.{ids[1]}.entity.secret")?.Grants[relation]);

        // Leadership moves: the new leader publishes the same requests, and nothing is asked twice.
        juju.SetLeader("client/1");
        juju.RunHook("client/1", Hooks.LeaderElected());
        Assert.Empty(sim.Settle());
        Assert.Equal(ids, juju.RunAction("client/1", "show-requests").Results[$"relation-{relation}"].Split(','));
    }
    // readme:end
}
