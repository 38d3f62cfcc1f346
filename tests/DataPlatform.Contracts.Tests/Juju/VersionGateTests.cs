using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>A Juju too old for what is asked fails before any tool runs (docs/hook-tools.md#general-mechanics).</summary>
public sealed class VersionGateTests
{
    private readonly FakeHookToolRunner _tools = new();

    [Fact]
    public void Secrets_need_3_0_3()
    {
        var error = Assert.Throws<JujuVersionException>(() => Backends.New(_tools, "2.9.42").SecretAdd(new Dictionary<string, string> { ["key"] = "v" }, null, SecretOwner.Unit));
        Assert.Equal("secret-add: secrets need Juju 3.0.3 or later; this is Juju 2.9.42", error.Message);
        Assert.Equal(JujuVersion.Parse("3.0.3"), error.Required);
        Assert.Empty(_tools.Calls);
    }

    [Fact]
    public void Every_secret_tool_is_gated()
    {
        var backend = Backends.New(_tools, "3.0.2");
        Assert.Throws<JujuVersionException>(() => backend.SecretGet("secret:x", null, SecretRead.Tracked));
        Assert.Throws<JujuVersionException>(() => backend.SecretInfoGet("secret:x", null));
        Assert.Throws<JujuVersionException>(() => backend.SecretSet("secret:x", new Dictionary<string, string>()));
        Assert.Throws<JujuVersionException>(() => backend.SecretGrant("secret:x", 1));
        Assert.Throws<JujuVersionException>(() => backend.SecretRevoke("secret:x", 1));
        Assert.Throws<JujuVersionException>(() => backend.SecretRemove("secret:x", null));
        Assert.Empty(_tools.Calls);
    }

    [Fact]
    public void Secrets_work_from_3_0_3_and_on_pre_releases_after_it()
    {
        _tools.Answer("secret-get", "{}");
        Backends.New(_tools, "3.0.3").SecretGet("secret:x", null, SecretRead.Tracked);
        Backends.New(_tools, "3.1-beta1").SecretGet("secret:x", null, SecretRead.Tracked);
        Assert.Equal(2, _tools.Calls.Count);
    }

    [Fact]
    public void App_databags_need_2_7_0()
    {
        var backend = Backends.New(_tools, "2.6.9");
        Assert.Contains("Juju 2.7.0", Assert.Throws<JujuVersionException>(() => backend.RelationGet(5, "client")).Message, StringComparison.Ordinal);
        Assert.Throws<JujuVersionException>(() => backend.RelationSet(5, new Dictionary<string, string> { ["k"] = "v" }, app: true));
        _tools.Answer("relation-get", "{}");
        backend.RelationGet(5, "client/0");
        Assert.Single(_tools.Calls);
    }

    [Fact]
    public void Relation_list_app_needs_2_8_1()
    {
        var hook = new HookContext("install");
        var error = Assert.Throws<JujuVersionException>(() => Backends.New(_tools, "2.8.0", hook).RemoteApp(5));
        Assert.Contains("Juju 2.8.1 or later; this is Juju 2.8.0", error.Message, StringComparison.Ordinal);
        Assert.Empty(_tools.Calls);
    }
}
