using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>
/// A tool call costs a process start: within a hook each databag and secret is read at most once
/// and each databag written at most once, with no-op writes left out (docs/hook-tools.md#in-a-charm-hooktoolbackend).
/// </summary>
public sealed class HookEconomyTests
{
    private readonly FakeHookToolRunner _tools = new();

    private int CallsOf(string tool) => _tools.Calls.Count(c => c.Tool == tool);

    [Fact]
    public void A_databag_is_read_once()
    {
        _tools.Answer("relation-get", "{\"a\":\"1\"}");
        var backend = Backends.New(_tools);
        backend.RelationGet(5, "client/0");
        Assert.Equal("1", backend.RelationGet(5, "client/0")["a"]);
        Assert.Equal(1, CallsOf("relation-get"));
    }

    [Fact]
    public void The_unit_s_own_bag_shows_its_pending_writes()
    {
        _tools.Answer("relation-get", "{\"a\":\"1\",\"b\":\"2\"}");
        var backend = Backends.New(_tools);
        backend.RelationSet(5, new Dictionary<string, string> { ["a"] = "", ["c"] = "3" }, app: false);
        Assert.Equal(new Dictionary<string, string> { ["b"] = "2", ["c"] = "3" }, backend.RelationGet(5, "db/0"));
        Assert.Equal(1, CallsOf("relation-get"));
        Assert.Equal(0, CallsOf("relation-set"));
    }

    [Fact]
    public void Many_writes_to_one_bag_are_one_relation_set()
    {
        var backend = Backends.New(_tools);
        for (var i = 0; i < 5; i++) backend.RelationSet(5, new Dictionary<string, string> { ["k" + i] = "v" }, app: false);
        backend.RelationSet(5, new Dictionary<string, string> { ["k0"] = "last" }, app: false);
        backend.Flush();
        Assert.Equal("{\"k0\":\"last\",\"k1\":\"v\",\"k2\":\"v\",\"k3\":\"v\",\"k4\":\"v\"}", Assert.Single(_tools.Calls).Stdin);
    }

    [Fact]
    public void Changes_that_set_what_the_bag_holds_are_not_sent()
    {
        _tools.Answer("relation-get", "{\"a\":\"1\"}");
        var backend = Backends.New(_tools);
        backend.RelationGet(5, "db/0");
        backend.RelationSet(5, new Dictionary<string, string> { ["a"] = "1", ["missing"] = "" }, app: false);
        backend.Flush();
        Assert.Equal(0, CallsOf("relation-set"));
    }

    [Fact]
    public void Only_the_real_changes_of_a_bag_are_sent()
    {
        _tools.Answer("relation-get", "{\"a\":\"1\",\"b\":\"2\"}");
        var backend = Backends.New(_tools);
        backend.RelationGet(5, "db/0");
        backend.RelationSet(5, new Dictionary<string, string> { ["a"] = "1", ["b"] = "", ["c"] = "3" }, app: false);
        backend.Flush();
        Assert.Equal("{\"b\":\"\",\"c\":\"3\"}", Assert.Single(_tools.Calls, c => c.Tool == "relation-set").Stdin);
    }

    [Fact]
    public void Each_changed_bag_is_one_call_and_a_second_flush_sends_nothing()
    {
        _tools.Answer("is-leader", "true");
        var backend = Backends.New(_tools);
        backend.RelationSet(5, new Dictionary<string, string> { ["u"] = "1" }, app: false);
        backend.RelationSet(5, new Dictionary<string, string> { ["a"] = "1" }, app: true);
        backend.RelationSet(6, new Dictionary<string, string> { ["u"] = "1" }, app: false);
        backend.Flush();
        backend.Flush();
        Assert.Equal(3, CallsOf("relation-set"));
        Assert.Equal(1, CallsOf("is-leader"));
    }

    [Fact]
    public void Leadership_relation_ids_and_members_are_asked_once()
    {
        _tools.Answer("is-leader", "true").Answer("relation-ids", "[\"database:5\"]").Answer("relation-list", "[\"client/0\"]");
        var backend = Backends.New(_tools);
        for (var i = 0; i < 3; i++)
        {
            backend.IsLeader();
            backend.RelationIds("database");
            backend.RelationUnits(5);
        }

        Assert.Equal(3, _tools.Calls.Count);
    }

    [Fact]
    public void Tool_calls_counts_the_tools_run_failed_ones_included()
    {
        _tools.Answer("relation-get", "{}").Fail("secret-get", 1, "ERROR secret \"x\" not found\n");
        var backend = Backends.New(_tools);
        backend.RelationGet(5, "client/0");
        backend.RelationGet(5, "client/0");
        Assert.Throws<SecretNotFoundException>(() => backend.SecretGet("secret:x", null, SecretRead.Tracked));
        Assert.Equal(2, backend.ToolCalls);
        Assert.Equal(2, _tools.Calls.Count);
    }

    [Fact]
    public void A_secret_is_read_once_per_revision_asked_for()
    {
        _tools.Answer("secret-get", "{\"a\":\"tracked\"}").Answer("secret-get", "{\"a\":\"latest\"}");
        var backend = Backends.New(_tools);
        Assert.Equal("tracked", backend.SecretGet("secret:cs1", null, SecretRead.Tracked)["a"]);
        Assert.Equal("tracked", backend.SecretGet("secret://" + Backends.ModelUuid + "/cs1", null, SecretRead.Tracked)["a"]);
        Assert.Equal("latest", backend.SecretGet("secret:cs1", null, SecretRead.Peek)["a"]);
        Assert.Equal("latest", backend.SecretGet("cs1", null, SecretRead.Peek)["a"]);
        Assert.Equal(2, CallsOf("secret-get"));
    }

    [Fact]
    public void After_a_refresh_the_tracked_revision_is_the_latest()
    {
        _tools.Answer("secret-get", "{\"a\":\"latest\"}");
        var backend = Backends.New(_tools);
        backend.SecretGet("secret:cs1", null, SecretRead.Refresh);
        Assert.Equal("latest", backend.SecretGet("secret:cs1", null, SecretRead.Tracked)["a"]);
        Assert.Equal("latest", backend.SecretGet("secret:cs1", null, SecretRead.Peek)["a"]);
        Assert.Equal(1, CallsOf("secret-get"));
    }

    [Fact]
    public void A_label_attached_by_id_then_resolves_without_a_call()
    {
        _tools.Answer("secret-get", "{\"a\":\"b\"}");
        var backend = Backends.New(_tools);
        backend.SecretGet("secret:cs1", "lbl", SecretRead.Tracked);
        backend.SecretGet(null, "lbl", SecretRead.Tracked);
        backend.SecretGet("secret:cs1", "lbl", SecretRead.Tracked);
        Assert.Equal(1, CallsOf("secret-get"));
    }

    [Fact]
    public void Attaching_a_new_label_to_a_known_secret_still_calls_juju()
    {
        _tools.Answer("secret-get", "{\"a\":\"b\"}");
        var backend = Backends.New(_tools);
        backend.SecretGet("secret:cs1", null, SecretRead.Tracked);
        backend.SecretGet("secret:cs1", "lbl", SecretRead.Tracked);
        Assert.Equal(2, CallsOf("secret-get"));
    }

    [Fact]
    public void A_secret_added_in_the_hook_reads_back_without_a_call()
    {
        _tools.Answer("secret-add", "secret:cs9\n");
        var backend = Backends.New(_tools);
        var id = backend.SecretAdd(new Dictionary<string, string> { ["password"] = "p" }, "lbl", SecretOwner.Unit);
        Assert.Equal("p", backend.SecretGet(id, null, SecretRead.Tracked)["password"]);
        Assert.Equal("p", backend.SecretGet(null, "lbl", SecretRead.Peek)["password"]);
        Assert.Equal(0, CallsOf("secret-get"));
    }

    [Fact]
    public void A_new_revision_is_the_latest_but_not_the_tracked_one()
    {
        _tools.Answer("secret-get", "{\"password\":\"old\"}");
        var backend = Backends.New(_tools);
        backend.SecretGet("secret:cs1", null, SecretRead.Tracked);
        backend.SecretSet("secret:cs1", new Dictionary<string, string> { ["password"] = "new" });
        Assert.Equal("new", backend.SecretGet("secret:cs1", null, SecretRead.Peek)["password"]);
        Assert.Equal("old", backend.SecretGet("secret:cs1", null, SecretRead.Tracked)["password"]);
        Assert.Equal(1, CallsOf("secret-get"));
    }

    [Fact]
    public void A_removed_secret_is_asked_again()
    {
        _tools.Answer("secret-get", "{\"a\":\"b\"}");
        var backend = Backends.New(_tools);
        backend.SecretGet("secret:cs1", null, SecretRead.Tracked);
        backend.SecretRemove("secret:cs1", null);
        backend.SecretGet("secret:cs1", null, SecretRead.Tracked);
        Assert.Equal(2, CallsOf("secret-get"));
    }
}
