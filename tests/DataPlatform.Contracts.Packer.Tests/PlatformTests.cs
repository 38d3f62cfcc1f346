namespace DataPlatform.Contracts.Packer.Tests;

/// <summary>Which platform of charmcraft.yaml a build packs for, and the name and base that follow.</summary>
public sealed class PlatformTests : IDisposable
{
    private readonly PackFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static string Project(string platforms) => $"""
        name: demo
        type: charm
        summary: A demo charm.
        description: Packs in the tests.
        {platforms}
        parts:
          charm:
            plugin: dump
        """;

    [Fact]
    public void The_platform_building_for_the_architecture_is_chosen()
    {
        var charm = _fixture.WithProject(Project("base: ubuntu@24.04\nplatforms:\n  amd64:\n  arm64:")).Pack(_fixture.Request("arm64"));

        Assert.Equal("demo_arm64.charm", Path.GetFileName(charm));
        Assert.Contains("  architectures:\n  - arm64\n", PackFixture.Read(charm)["manifest.yaml"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_label_with_a_base_names_the_charm_and_the_base()
    {
        var charm = _fixture.WithProject(Project("platforms:\n  ubuntu@22.04:amd64:")).Pack();

        Assert.Equal("demo_ubuntu@22.04-amd64.charm", Path.GetFileName(charm));
        Assert.Contains("channel: '22.04'", PackFixture.Read(charm)["manifest.yaml"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_form_platform_builds_for_its_build_for()
    {
        var charm = _fixture.WithProject(Project("base: ubuntu@24.04\nplatforms:\n  noble-x86:\n    build-on: [amd64]\n    build-for: [amd64]")).Pack();

        Assert.Equal("demo_noble-x86.charm", Path.GetFileName(charm));
    }

    [Fact]
    public void No_platform_for_the_architecture_is_an_error()
    {
        _fixture.WithProject(Project("base: ubuntu@24.04\nplatforms:\n  amd64:"));

        var e = Assert.Throws<PackException>(() => _fixture.Pack(_fixture.Request("arm64")));
        Assert.Equal("no platform under 'platforms' builds for arm64", e.Message);
    }

    [Fact]
    public void Two_platforms_for_one_architecture_need_a_label_to_choose()
    {
        _fixture.WithProject(Project("platforms:\n  ubuntu@22.04:amd64:\n  ubuntu@24.04:amd64:"));

        var e = Assert.Throws<PackException>(() => _fixture.Pack());
        Assert.Contains("choose one with -p:CharmPlatform=<label>", e.Message, StringComparison.Ordinal);

        var charm = _fixture.Pack(_fixture.Request() with { Platform = "ubuntu@24.04:amd64" });
        Assert.Equal("demo_ubuntu@24.04-amd64.charm", Path.GetFileName(charm));
    }

    [Fact]
    public void A_platform_without_a_base_is_an_error()
    {
        _fixture.WithProject(Project("platforms:\n  amd64:"));

        var e = Assert.Throws<PackException>(() => _fixture.Pack());
        Assert.StartsWith("platform 'amd64' has no base", e.Message, StringComparison.Ordinal);
    }
}
