using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>JUJU_VERSION as docs/hook-tools.md#general-mechanics and ops' JujuVersion read it.</summary>
public sealed class JujuVersionTests
{
    [Theory]
    [InlineData("3.6.12", 3, 6, "", 12, 0)]
    [InlineData("2.9.42", 2, 9, "", 42, 0)]
    [InlineData("3.1-beta1", 3, 1, "beta", 1, 0)]
    [InlineData("2.9.42.3", 2, 9, "", 42, 3)]
    [InlineData("3.0-rc2.7", 3, 0, "rc", 2, 7)]
    [InlineData("3.6", 3, 6, "", 0, 0)]
    public void Parses_releases_pre_releases_and_builds(string text, int major, int minor, string tag, int patch, int build)
    {
        var v = JujuVersion.Parse(text);
        Assert.Equal((major, minor, tag, patch, build), (v.Major, v.Minor, v.Tag, v.Patch, v.Build));
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("3.x.1")]
    [InlineData("3.6.12.")]
    [InlineData("v3.6.12")]
    [InlineData("3.1-Beta1")]
    [InlineData("3.1-beta")]
    [InlineData("3.6.12 ")]
    [InlineData("1234567890.1.1")]
    public void Rejects_what_is_not_a_version(string text)
    {
        Assert.False(JujuVersion.TryParse(text, out _));
        Assert.Throws<FormatException>(() => JujuVersion.Parse(text));
    }

    [Theory]
    [InlineData("3.0.2", "3.0.3")]
    [InlineData("2.9.42", "3.0.0")]
    [InlineData("3.1-beta1", "3.1.0")]
    [InlineData("3.1-beta1", "3.1-beta2")]
    [InlineData("3.1-beta9", "3.1-rc1")]
    [InlineData("2.9.42", "2.9.42.1")]
    [InlineData("3.6.9", "3.6.12")]
    public void Orders_older_before_newer(string older, string newer)
    {
        var a = JujuVersion.Parse(older);
        var b = JujuVersion.Parse(newer);
        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= b && a != b);
    }

    [Theory]
    [InlineData("3.6.12")]
    [InlineData("3.1-beta1")]
    [InlineData("2.9.42.3")]
    public void Prints_as_Juju_does(string text) => Assert.Equal(text, JujuVersion.Parse(text).ToString());

    [Fact]
    public void Equal_versions_are_equal() => Assert.Equal(JujuVersion.Parse("3.6"), JujuVersion.Parse("3.6.0"));

    [Fact]
    public void The_gates_are_the_documented_versions()
    {
        Assert.Equal("3.0.3", JujuVersion.Secrets.ToString());
        Assert.Equal("2.7.0", JujuVersion.AppData.ToString());
        Assert.Equal("2.8.1", JujuVersion.RelationListApp.ToString());
    }
}
