using DataPlatform.Contracts.Charms;

namespace DataPlatform.Contracts.Packer.Tests;

/// <summary>What a packed .charm holds (docs/packing.md): its entries, their modes, the split metadata files.</summary>
public sealed class CharmLayoutTests : IDisposable
{
    private readonly PackFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private const int Regular = 0x8000 | 0b110_100_100;

    [Fact]
    public void A_charm_is_named_for_its_platform_and_holds_dispatch_and_the_juju_files()
    {
        var charm = _fixture.WithProject(PackFixture.Minimal("""
            requires:
              database:
                interface: postgresql_client
            config:
              options:
                level:
                  type: string
                  default: info
            actions:
              backup:
                description: Back up.
            """)).Pack();

        Assert.Equal("demo_amd64.charm", Path.GetFileName(charm));
        var entries = PackFixture.Read(charm);
        Assert.Equal(new[] { "actions.yaml", "config.yaml", "dispatch", "manifest.yaml", "metadata.yaml" }, entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0x8000 | 0b111_101_101, entries["dispatch"].Mode);
        Assert.All(entries.Where(e => e.Key != "dispatch"), e => Assert.Equal(Regular, e.Value.Mode));
        Assert.Equal("7 bytes", entries["dispatch"].Text);
    }

    [Fact]
    public void Without_actions_or_config_there_is_no_actions_yaml_or_config_yaml()
    {
        var entries = PackFixture.Read(_fixture.WithProject(PackFixture.Minimal("actions: {}\n")).Pack());

        Assert.Equal(new[] { "dispatch", "manifest.yaml", "metadata.yaml" }, entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Metadata_yaml_has_the_metadata_keys_sorted_and_nothing_of_the_build()
    {
        var entries = PackFixture.Read(_fixture.WithProject(PackFixture.Minimal("""
            title: Demo Charm
            links:
              documentation: https://example.com/docs
              contact: Ops Team <ops@example.com>
              issues: https://example.com/issues
            peers:
              replicas:
                interface: demo_peers
            assumes:
              - juju >= 3.6
            """)).Pack());

        Assert.Equal("""
            assumes:
            - juju >= 3.6
            description: Packs in the tests.
            display-name: Demo Charm
            docs: https://example.com/docs
            issues: https://example.com/issues
            maintainers:
            - Ops Team <ops@example.com>
            name: demo
            peers:
              replicas:
                interface: demo_peers
            summary: A demo charm.

            """.Replace("\r\n", "\n", StringComparison.Ordinal), entries["metadata.yaml"].Text);
    }

    [Fact]
    public void Config_yaml_and_actions_yaml_keep_each_value_of_the_type_it_was_written_with()
    {
        var entries = PackFixture.Read(_fixture.WithProject(PackFixture.Minimal("""
            config:
              options:
                mode:
                  type: string
                  default: 'on'
                port:
                  type: int
                  default: 5432
            actions:
              restore:
                description: Restore.
                params:
                  version:
                    type: string
                    default: "1.10"
                required: [version]
            """)).Pack());

        Assert.Equal("""
            options:
              mode:
                default: 'on'
                type: string
              port:
                default: 5432
                type: int

            """, entries["config.yaml"].Text);
        Assert.Equal("""
            restore:
              description: Restore.
              params:
                version:
                  default: "1.10"
                  type: string
              required:
              - version

            """, entries["actions.yaml"].Text);
    }

    [Fact]
    public void Text_outside_ascii_and_on_several_lines_is_written_as_it_reads()
    {
        var entries = PackFixture.Read(_fixture.WithProject(PackFixture.Minimal().Replace("description: Packs in the tests.", "description: |\n  Données de démo, ünïcode ✓.\n  Second line: with a colon.", StringComparison.Ordinal)).Pack());

        Assert.Contains("description: |\n  Données de démo, ünïcode ✓.\n  Second line: with a colon.\n", entries["metadata.yaml"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_yaml_names_the_base_the_architecture_and_when_packing_started()
    {
        var entries = PackFixture.Read(_fixture.WithProject(PackFixture.Minimal()).Pack());

        Assert.Equal($"""
            charmcraft-version: '{CharmPacker.PackerVersion}'
            charmcraft-started-at: '2026-01-02T03:04:05.000000Z'
            bases:
            - name: ubuntu
              channel: '24.04'
              architectures:
              - amd64
            analysis:
              attributes:
              - name: language
                result: unknown
              - name: framework
                result: unknown

            """, entries["manifest.yaml"].Text);
    }

    [Fact]
    public void The_packed_files_read_back_as_the_charmcraft_yaml_reads()
    {
        var charm = _fixture.WithProject(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "demo-postgresql", "charmcraft.yaml"))).Pack();
        var unpacked = Path.Combine(_fixture.Directory, "unpacked");
        System.IO.Compression.ZipFile.ExtractToDirectory(charm, unpacked);

        Assert.Equal(MetadataText.Describe(CharmMetadata.Load(_fixture.Project)), MetadataText.Describe(CharmMetadata.Load(unpacked)));
        Assert.Equal(4, CharmMetadata.Load(unpacked).Actions.Count);
    }

    [Theory]
    [InlineData("demo-postgresql", "dispatch,actions.yaml,config.yaml,manifest.yaml,metadata.yaml")]
    [InlineData("demo-app", "dispatch,config.yaml,manifest.yaml,metadata.yaml")]
    public void The_sample_charms_pack(string charm, string entries)
    {
        var request = _fixture.Request() with { Project = Path.Combine(AppContext.BaseDirectory, "samples", charm, "charmcraft.yaml") };

        var packed = CharmPacker.Pack(request);

        Assert.Equal($"{charm}_amd64.charm", Path.GetFileName(packed));
        Assert.Equal(entries.Split(','), PackFixture.Read(packed).Keys);
    }

    [Fact]
    public void The_same_inputs_pack_to_the_same_bytes()
    {
        _fixture.WithProject(PackFixture.Minimal());
        var first = File.ReadAllBytes(_fixture.Pack());
        var second = File.ReadAllBytes(_fixture.Pack());

        Assert.Equal(first, second);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // a unix mode to keep
    public void Extra_files_go_in_at_their_path_keeping_the_executable_bit()
    {
        _fixture.WithProject(PackFixture.Minimal());
        var icon = Path.Combine(_fixture.Directory, "icon.svg");
        var tool = Path.Combine(_fixture.Directory, "helper");
        File.WriteAllText(icon, "<svg/>");
        File.WriteAllText(tool, "#!/bin/sh\n");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var entries = PackFixture.Read(_fixture.Pack(_fixture.Request() with { Files = [(icon, "icon.svg"), (tool, "bin/helper")] }));

        Assert.Equal(Regular, entries["icon.svg"].Mode);
        Assert.Equal(0x8000 | 0b111_101_101, entries["bin/helper"].Mode);
        Assert.Equal("<svg/>", entries["icon.svg"].Text);
    }
}
