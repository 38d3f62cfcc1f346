namespace DataPlatform.Contracts.Packer.Tests;

/// <summary>What charmcraft refuses to pack, the packer refuses too, naming the file.</summary>
public sealed class ValidationTests : IDisposable
{
    private readonly PackFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private PackException Refused(string yaml)
    {
        _fixture.WithProject(yaml);
        var e = Assert.Throws<PackException>(() => _fixture.Pack());
        Assert.False(Directory.Exists(_fixture.Output) && Directory.EnumerateFiles(_fixture.Output).Any(), "a refused charm left a file behind");
        return e;
    }

    [Theory]
    [InlineData("summary: A demo charm.", "summary: ''", "'summary' is missing")]
    [InlineData("description: Packs in the tests.", "", "'description' is missing")]
    [InlineData("type: charm", "type: bundle", "'type' must be 'charm'")]
    [InlineData("name: demo", "name: Demo_Charm", "'name' is 'Demo_Charm'")]
    [InlineData("base: ubuntu@24.04", "bases:\n  - name: ubuntu\n    channel: '22.04'", "'bases' is charmcraft 2's form")]
    public void Charmcraft_s_required_fields_are_required(string line, string replacement, string message)
    {
        var e = Refused(PackFixture.Minimal().Replace(line, replacement, StringComparison.Ordinal));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(_fixture.Project, e.File);
    }

    [Fact]
    public void A_config_option_needs_a_type()
    {
        var e = Refused(PackFixture.Minimal("config:\n  options:\n    level:\n      default: info"));

        Assert.Equal("'config.options.level.type' is missing", e.Message);
    }

    [Fact]
    public void An_action_name_must_be_one_charmcraft_accepts()
    {
        var e = Refused(PackFixture.Minimal("actions:\n  2fast:\n    description: No."));

        Assert.StartsWith("'actions.2fast' is not a valid action name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_the_runtime_cannot_read_is_refused_with_the_runtime_s_message()
    {
        var e = Refused(PackFixture.Minimal("requires:\n  database:\n    limit: 1"));

        Assert.EndsWith("'requires.database.interface' is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metadata_yaml_beside_charmcraft_yaml_is_refused()
    {
        File.WriteAllText(Path.Combine(_fixture.Directory, "metadata.yaml"), "name: demo\n");

        var e = Refused(PackFixture.Minimal());

        Assert.StartsWith("metadata.yaml beside charmcraft.yaml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_link_is_refused()
    {
        var e = Refused(PackFixture.Minimal("links:\n  homepage: https://example.com"));

        Assert.StartsWith("'links.homepage' is not one of", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dispatch")]
    [InlineData("metadata.yaml")]
    [InlineData("../outside")]
    public void An_extra_file_cannot_replace_a_generated_one_or_leave_the_charm(string pathInCharm)
    {
        _fixture.WithProject(PackFixture.Minimal());
        var file = Path.Combine(_fixture.Directory, "extra");
        File.WriteAllText(file, "x");

        Assert.Throws<PackException>(() => _fixture.Pack(_fixture.Request() with { Files = [(file, pathInCharm)] }));
    }

    [Fact]
    public void A_missing_binary_is_an_error_naming_it()
    {
        _fixture.WithProject(PackFixture.Minimal());

        var e = Assert.Throws<PackException>(() => _fixture.Pack(_fixture.Request() with { Dispatch = Path.Combine(_fixture.Directory, "nope") }));
        Assert.Equal(Path.Combine(_fixture.Directory, "nope"), e.File);
    }

    [Fact]
    public void Arguments_name_what_is_missing()
    {
        var e = Assert.Throws<PackException>(() => Arguments.Parse(["--project", "charmcraft.yaml"]));

        Assert.Equal("--dispatch is required", e.Message);
    }
}
