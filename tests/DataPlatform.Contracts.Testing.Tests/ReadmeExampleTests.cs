using DataPlatform.Contracts.Testing.Tests.Charms;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>The example of the README's "Testing your charm" section, kept compiling and passing.</summary>
public sealed class ReadmeExampleTests
{
    private static readonly DataPlatform.Contracts.Charms.CharmMetadata DbMetadata = Metadata.Db;
    private static readonly DataPlatform.Contracts.Charms.CharmMetadata AppMetadata = Metadata.App;

    [Fact]
    public void The_client_gets_its_database()
    {
        var juju = new InMemoryJuju();
        juju.Deploy("db", DbMetadata, host => new DatabaseProviderCharm(host), units: 2);
        juju.Deploy("app", AppMetadata, host => new DatabaseRequirerCharm(host));
        var sim = new RelationSimulator(juju);
        var id = sim.Integrate("app", "database", "db", "database");
        sim.Settle();
        Assert.Equal("10.0.0.1:5432", juju.Databag(id, "db")["endpoints"]);
    }
}
