using DataPlatform.Contracts.Charms;

namespace DataPlatform.Contracts.Testing.Tests.Charms;

/// <summary>The metadata of the test charms, read from their files: a database provider with peers (charmcraft.yaml), and its client (metadata.yaml).</summary>
internal static class Metadata
{
    public static readonly string DbDirectory = Path.Combine(AppContext.BaseDirectory, "Charms", "db");

    public static readonly string AppDirectory = Path.Combine(AppContext.BaseDirectory, "Charms", "app");

    public static readonly CharmMetadata Db = CharmMetadata.Load(DbDirectory);

    public static readonly CharmMetadata App = CharmMetadata.Load(AppDirectory);
}
