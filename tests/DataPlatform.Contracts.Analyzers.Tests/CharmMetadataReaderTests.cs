namespace DataPlatform.Contracts.Analyzers.Tests;

/// <summary>The hand-written metadata YAML reader: what it reads, and what it refuses to guess.</summary>
public class CharmMetadataReaderTests
{
    private static string Names(CharmMetadataFile file, string block) =>
        file.Blocks.TryGetValue(block, out var endpoints) ? string.Join(",", endpoints.Keys.OrderBy(k => k, StringComparer.Ordinal)) : "<absent>";

    [Fact]
    public void ReadsBlocks_Names_AndLimits()
    {
        var file = CharmMetadataReader.Read("""
            # A charm
            ---
            name: demo   # the name
            description: |
              requires:
                not-an-endpoint:
            requires:
              # the database
              database:
                interface: postgresql_client
                limit: 1 # one only
                description: >
                  limit: 7
              "quoted-name":
                interface: x
              'single':
                interface: y
                optional: true
                scopes:
                - a
            provides:
                metrics:
                    interface: prometheus_scrape
                    limit: 3
            peers:
            assumes:
            - juju >= 3.1
            """.Replace("\r", ""));
        Assert.NotNull(file);
        Assert.True(file!.HasName);
        Assert.Equal("database,quoted-name,single", Names(file, "requires"));
        Assert.Equal("metrics", Names(file, "provides"));
        Assert.Equal("", Names(file, "peers"));
        Assert.Equal(1, file.Blocks["requires"]["database"].Limit);
        Assert.Null(file.Blocks["requires"]["single"].Limit);
        Assert.False(file.Blocks["requires"]["single"].LimitUnreadable);
        Assert.Equal(3, file.Blocks["provides"]["metrics"].Limit);
    }

    [Fact]
    public void WindowsLineEndings_AndBom()
    {
        var file = CharmMetadataReader.Read("\uFEFFname: x\r\nrequires:\r\n  db:\r\n    limit: 2\r\n");
        Assert.NotNull(file);
        Assert.Equal(2, file!.Blocks["requires"]["db"].Limit);
    }

    [Fact]
    public void NoName_IsNotCharmMetadata()
    {
        var file = CharmMetadataReader.Read("type: charm\nbases:\n  - name: ubuntu\n");
        Assert.NotNull(file);
        Assert.False(file!.HasName);
        Assert.Empty(file.Blocks);
    }

    [Fact]
    public void UnreadableLimit_IsMarked()
    {
        var file = CharmMetadataReader.Read("name: x\nrequires:\n  a:\n    limit: \"2\"\n  b: {interface: c, limit: 1}\n");
        Assert.NotNull(file);
        Assert.True(file!.Blocks["requires"]["a"].LimitUnreadable);
        Assert.True(file.Blocks["requires"]["b"].LimitUnreadable);
    }

    [Theory]
    [InlineData("name: x\nrequires: {db: {interface: pg}}\n")]
    [InlineData("name: x\nrequires:\n\tdb:\n")]
    [InlineData("name: x\nrequires:\n  db:\n    interface: pg\n db2:\n")]
    [InlineData("name: x\nrequires:\n  db: &a\n    interface: pg\n")]
    [InlineData("name: x\nrequires:\n  <<: *base\n")]
    [InlineData("name: x\nrequires:\n  - db\n")]
    [InlineData("name: x\nrequires:\n  db:\n    interface: pg\n  db:\n    interface: pg\n")]
    [InlineData("name: x\nname: y\n")]
    [InlineData("name: x\n---\nname: y\n")]
    [InlineData("%YAML 1.2\n---\nname: x\n")]
    [InlineData("[name, x]\n")]
    [InlineData("? name\n: x\n")]
    [InlineData("name: x\nrequires:\n  db:\n    <<: *base\n")]
    [InlineData("  indented: first\nname: x\n")]
    [InlineData("name: x\nrequires:\n- db\n")]
    public void UnreadableYaml_IsNull(string text) => Assert.Null(CharmMetadataReader.Read(text));

    [Fact]
    public void EmptyAndCommentsOnly_AreReadable()
    {
        Assert.NotNull(CharmMetadataReader.Read(""));
        Assert.NotNull(CharmMetadataReader.Read("# nothing\n\n"));
    }

    [Theory]
    [InlineData("key: value", "key", "value")]
    [InlineData("key:", "key", "")]
    [InlineData("key: value # comment", "key", "value")]
    [InlineData("\"a b\": 1", "a b", "1")]
    [InlineData("ubuntu@22.04:amd64:", "ubuntu@22.04:amd64", "")]
    [InlineData("url: http://x", "url", "http://x")]
    public void TryKey_Reads(string text, string key, string value)
    {
        Assert.True(CharmMetadataReader.TryKey(text, out var k, out var v));
        Assert.Equal(key, k);
        Assert.Equal(value, v);
    }

    [Theory]
    [InlineData("- item")]
    [InlineData("no colon")]
    [InlineData("key:value")]
    [InlineData("\"unterminated: 1")]
    [InlineData(": x")]
    public void TryKey_Refuses(string text) => Assert.False(CharmMetadataReader.TryKey(text, out _, out _));
}
