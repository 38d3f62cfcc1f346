using System.Numerics;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Charms;

/// <summary>
/// Charm metadata read from charmcraft's two layouts: one unified charmcraft.yaml, or (as in a
/// packed .charm) metadata.yaml with actions.yaml and config.yaml beside it.
/// </summary>
public sealed class CharmMetadataLoadingTests : IDisposable
{
    private const string Unified = """
        name: demo-db
        type: charm
        summary: s
        requires:
          certificates:
            interface: tls-certificates
            limit: 1
            optional: true
        provides:
          database:
            interface: postgresql_client
        peers:
          database-peers:
            interface: postgresql_peers
        actions:
          rotate-password:
            description: New password for a user.
            params:
              username:
                type: string
                description: The user.
              length:
                type: integer
                default: 24
              dry-run:
                type: boolean
                default: false
              tags:
                type: array
                default: [a, "1"]
            required: [username]
            additionalProperties: false
          pause: {}
        config:
          options:
            port:
              type: int
              default: 5432
              description: Port.
            ratio:
              type: float
              default: 0.25
            tls:
              type: boolean
              default: true
            name:
              type: string
              default: "10"
            admin:
              type: secret
            plain: {}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("dpc-metadata-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_unified_charmcraft_yaml_gives_endpoints_with_limits_actions_and_config()
    {
        var metadata = CharmMetadata.Parse(Unified);

        Assert.Equal("demo-db", metadata.Name);
        Assert.Equal(new[] { new EndpointMetadata("certificates", "tls-certificates", 1) }, metadata.Requires);
        Assert.Equal(new[] { new EndpointMetadata("database", "postgresql_client") }, metadata.Provides);
        Assert.Equal(new[] { new EndpointMetadata("database-peers", "postgresql_peers") }, metadata.Peers);
        Assert.True(metadata.IsPeer("database-peers"));

        Assert.Equal(new[] { "rotate-password", "pause" }, metadata.Actions.Select(a => a.Name));
        var rotate = metadata.Action("rotate-password")!;
        Assert.Equal("New password for a user.", rotate.Description);
        Assert.Equal(new[] { "username" }, rotate.Required);
        Assert.False(rotate.AdditionalProperties);
        Assert.Equal(new ActionParamMetadata("username", "string", null, "The user."), rotate.Param("username"));
        Assert.Equal(WireValue.FromInteger(24), rotate.Param("length")!.Default);
        Assert.Equal(WireValue.False, rotate.Param("dry-run")!.Default);
        Assert.Equal(WireValue.FromArray(new[] { WireValue.FromString("a"), WireValue.FromString("1") }), rotate.Param("tags")!.Default);
        Assert.True(metadata.Action("pause")!.AdditionalProperties);
        Assert.Empty(metadata.Action("pause")!.Params);

        Assert.Equal(
            new[]
            {
                new ConfigOptionMetadata("port", ConfigOptionType.Int, WireValue.FromInteger(new BigInteger(5432)), "Port."),
                new ConfigOptionMetadata("ratio", ConfigOptionType.Float, WireValue.FromFloat(0.25)),
                new ConfigOptionMetadata("tls", ConfigOptionType.Boolean, WireValue.True),
                new ConfigOptionMetadata("name", ConfigOptionType.String, WireValue.FromString("10")),
                new ConfigOptionMetadata("admin", ConfigOptionType.Secret),
                new ConfigOptionMetadata("plain", ConfigOptionType.String),
            },
            metadata.ConfigOptions);
    }

    [Fact]
    public void A_metadata_yaml_directory_reads_actions_yaml_and_config_yaml_beside_it()
    {
        File.WriteAllText(Path.Combine(_dir, "metadata.yaml"), "name: legacy\nrequires:\n  db:\n    interface: pg\n    limit: 2\npeers:\n  p:\n    interface: q\n");
        File.WriteAllText(Path.Combine(_dir, "actions.yaml"), "backup:\n  params:\n    target: {type: string, default: s3}\n");
        File.WriteAllText(Path.Combine(_dir, "config.yaml"), "options:\n  debug:\n    type: boolean\n    default: false\n");

        var metadata = CharmMetadata.Load(_dir);

        Assert.Equal("legacy", metadata.Name);
        Assert.Equal(new[] { new EndpointMetadata("db", "pg", 2) }, metadata.Requires);
        Assert.Equal(new[] { new EndpointMetadata("p", "q") }, metadata.Peers);
        Assert.Equal(WireValue.FromString("s3"), metadata.Action("backup")!.Param("target")!.Default);
        Assert.Equal(new ConfigOptionMetadata("debug", ConfigOptionType.Boolean, WireValue.False), Assert.Single(metadata.ConfigOptions));
    }

    [Fact]
    public void In_a_directory_with_both_files_metadata_yaml_wins_and_a_file_path_reads_that_file()
    {
        File.WriteAllText(Path.Combine(_dir, "metadata.yaml"), "name: packed\n");
        File.WriteAllText(Path.Combine(_dir, "charmcraft.yaml"), "name: source\n");

        Assert.Equal("packed", CharmMetadata.Load(_dir).Name);
        Assert.Equal("source", CharmMetadata.Load(Path.Combine(_dir, "charmcraft.yaml")).Name);
    }

    [Fact]
    public void The_sample_charms_load_from_their_own_files()
    {
        var provider = CharmMetadata.Load(Path.Combine(RepositoryRoot(), "samples", "Charms.Provider", "charmcraft.yaml"));
        var requirer = CharmMetadata.Load(Path.Combine(RepositoryRoot(), "samples", "Charms.Requirer", "charmcraft.yaml"));

        Assert.Equal(new EndpointMetadata("database", "postgresql_client"), Assert.Single(provider.Provides));
        Assert.Equal(new EndpointMetadata("database", "postgresql_client", 1), Assert.Single(requirer.Requires));
        Assert.Equal(new[] { "rotate-password", "publish-read-only-endpoints", "raise-status", "resolve-status" }, provider.Actions.Select(a => a.Name));
        Assert.Equal(new[] { "relation-id", "code" }, provider.Action("raise-status")!.Required);
        Assert.Equal("integer", provider.Action("rotate-password")!.Param("relation-id")!.Type);
    }

    [Theory]
    [InlineData("name: x\nrequires:\n  db: {interface: pg\n", "line")]
    [InlineData("name: x\n  bad indent: 1\n", "line")]
    [InlineData("name: [x\n", "line")]
    [InlineData("- just\n- a list\n", "not a mapping")]
    [InlineData("name: x\nname: y\n", "line")]
    [InlineData("name: x\nrequires: *nowhere\n", "line")]
    [InlineData("summary: no name\n", "'name' is missing")]
    [InlineData("", "empty")]
    [InlineData("name: x\nrequires:\n  db:\n    limit: 1\n", "'requires.db.interface' is missing")]
    [InlineData("name: x\nrequires:\n  db:\n    interface: pg\n    limit: two\n", "'requires.db.limit'")]
    [InlineData("name: x\nrequires:\n  db:\n    interface: pg\n    limit: 0\n", "'requires.db.limit'")]
    [InlineData("name: x\nprovides: [db]\n", "'provides' is not a mapping")]
    [InlineData("name: x\nconfig:\n  options:\n    port:\n      type: integer\n", "'config.options.port.type'")]
    [InlineData("name: x\nconfig:\n  options:\n    port:\n      type: int\n      default: many\n", "'config.options.port.default'")]
    [InlineData("name: x\nactions:\n  a:\n    required: user\n", "'actions.a.required'")]
    [InlineData("name: x\nactions:\n  a:\n    params: [user]\n", "'actions.a.params'")]
    public void Malformed_metadata_is_a_typed_error_naming_the_file(string text, string expected)
    {
        var file = Path.Combine(_dir, "charmcraft.yaml");
        File.WriteAllText(file, text);

        var error = Assert.Throws<CharmMetadataException>(() => CharmMetadata.Load(_dir));

        Assert.Equal(file, error.File);
        Assert.StartsWith(file + ": ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_malformed_actions_yaml_is_named_itself()
    {
        File.WriteAllText(Path.Combine(_dir, "metadata.yaml"), "name: legacy\n");
        File.WriteAllText(Path.Combine(_dir, "actions.yaml"), "backup: {params: \n");

        var error = Assert.Throws<CharmMetadataException>(() => CharmMetadata.Load(_dir));

        Assert.Equal(Path.Combine(_dir, "actions.yaml"), error.File);
    }

    [Fact]
    public void A_directory_without_metadata_or_a_missing_file_is_a_typed_error()
    {
        Assert.Equal(_dir, Assert.Throws<CharmMetadataException>(() => CharmMetadata.Load(_dir)).File);
        var missing = Path.Combine(_dir, "nope.yaml");
        Assert.Equal(missing, Assert.Throws<CharmMetadataException>(() => CharmMetadata.Load(missing)).File);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Contracts.Generator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
