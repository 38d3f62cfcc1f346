using DataPlatform.Contracts.Charms;

namespace DataPlatform.Contracts.Testing.Tests.Charms;

/// <summary>The metadata of the test charms: a database provider with peers, and its client.</summary>
internal static class Metadata
{
    public static readonly CharmMetadata Db = new("db")
    {
        Provides = new[] { new EndpointMetadata("database", "pg") },
        Peers = new[] { new EndpointMetadata("db-peers", "db_peers") },
    };

    public static readonly CharmMetadata App = new("app")
    {
        Requires = new[] { new EndpointMetadata("database", "pg") },
    };
}
