using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>The argv, stdin and answers of is-leader, relation-*, juju-log (docs/hook-tools.md#tools, ops 3.x argv).</summary>
public sealed class RelationToolArgvTests
{
    private readonly FakeHookToolRunner _tools = new();

    [Theory]
    [InlineData("true\n", true)]
    [InlineData("false\n", false)]
    public void Is_leader_asks_for_json(string stdout, bool leader)
    {
        _tools.Answer("is-leader", stdout);
        Assert.Equal(leader, Backends.New(_tools).IsLeader());
        Assert.Equal(["is-leader", "--format=json"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Relation_ids_parses_endpoint_colon_id()
    {
        _tools.Answer("relation-ids", "[\"database:5\",\"database:12\"]\n");
        Assert.Equal([5, 12], Backends.New(_tools).RelationIds("database"));
        Assert.Equal(["relation-ids", "database", "--format=json"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void An_unknown_endpoint_has_no_relations()
    {
        _tools.Answer("relation-ids", "[]\n");
        Assert.Empty(Backends.New(_tools).RelationIds("nothing"));
    }

    [Fact]
    public void Relation_list_names_the_relation_as_endpoint_colon_id()
    {
        _tools.Answer("relation-list", "[\"client/0\",\"client/1\"]\n");
        Assert.Equal(["client/0", "client/1"], Backends.New(_tools).RelationUnits(5));
        Assert.Equal(["relation-list", "--format=json", "-r", "database:5"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void A_relation_learnt_from_relation_ids_is_named_with_its_endpoint()
    {
        _tools.Answer("relation-ids", "[\"peers:9\"]").Answer("relation-list", "[]");
        var backend = Backends.New(_tools);
        backend.RelationIds("peers");
        backend.RelationUnits(9);
        Assert.Equal(["relation-list", "--format=json", "-r", "peers:9"], _tools.Calls[1].Argv);
    }

    [Fact]
    public void A_relation_of_unknown_endpoint_is_named_by_its_id()
    {
        _tools.Answer("relation-list", "[]");
        Backends.New(_tools).RelationUnits(3);
        Assert.Equal(["relation-list", "--format=json", "-r", "3"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void The_remote_app_of_the_hook_s_relation_comes_from_the_environment()
    {
        Assert.Equal("client", Backends.New(_tools).RemoteApp(5));
        Assert.Empty(_tools.Calls);
    }

    [Fact]
    public void The_remote_app_of_another_relation_is_relation_list_app()
    {
        _tools.Answer("relation-ids", "[\"backup:7\"]").Answer("relation-list", "\"s3\"\n");
        var backend = Backends.New(_tools);
        backend.RelationIds("backup");
        Assert.Equal("s3", backend.RemoteApp(7));
        Assert.Equal(["relation-list", "--format=json", "--app", "-r", "backup:7"], _tools.Calls[1].Argv);
    }

    [Fact]
    public void Relation_get_of_a_unit_bag()
    {
        _tools.Answer("relation-get", "{\"endpoints\":\"10.1.2.3:5432\",\"ingress-address\":\"10.1.2.3\"}\n");
        var bag = Backends.New(_tools).RelationGet(5, "client/0");
        Assert.Equal(new Dictionary<string, string> { ["endpoints"] = "10.1.2.3:5432", ["ingress-address"] = "10.1.2.3" }, bag);
        Assert.Equal(["relation-get", "--format=json", "-r", "database:5", "-", "client/0"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Relation_get_decodes_go_s_escapes()
    {
        _tools.Answer("relation-get", "{\"k\":\"\\u003ca\\u0026b\\u003e \\ud83d\\ude00 é\"}\n");
        Assert.Equal("<a&b> 😀 é", Backends.New(_tools).RelationGet(5, "client/0")["k"]);
    }

    [Fact]
    public void Relation_get_of_an_app_bag_passes_app()
    {
        _tools.Answer("relation-get", "{}\n");
        Assert.Empty(Backends.New(_tools).RelationGet(5, "client"));
        Assert.Equal(["relation-get", "--format=json", "-r", "database:5", "--app", "-", "client"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Relation_set_sends_one_json_object_on_stdin_at_flush()
    {
        var backend = Backends.New(_tools);
        backend.RelationSet(5, new Dictionary<string, string> { ["b"] = "2", ["gone"] = "" }, app: false);
        backend.RelationSet(5, new Dictionary<string, string> { ["a"] = "é\"1" }, app: false);
        Assert.Empty(_tools.Calls);
        backend.Flush();
        var call = Assert.Single(_tools.Calls);
        Assert.Equal(["relation-set", "-r", "database:5", "--file", "-"], call.Argv);
        Assert.Equal("{\"a\":\"é\\\"1\",\"b\":\"2\",\"gone\":\"\"}", call.Stdin);
    }

    [Fact]
    public void Relation_set_stdin_keeps_non_ascii_as_UTF_8_and_escapes_what_JSON_requires()
    {
        // A YAML reader decodes \uXXXX, but not necessarily a surrogate pair back into one character.
        var backend = Backends.New(_tools);
        backend.RelationSet(5, new Dictionary<string, string> { ["k"] = "😀<&>\\\n\t\u0001" }, app: false);
        backend.Flush();
        Assert.Equal("{\"k\":\"😀<&>\\\\\\n\\t\\u0001\"}", Assert.Single(_tools.Calls).Stdin);
    }

    [Fact]
    public void Relation_set_of_the_app_bag_passes_app_and_asks_leadership_first()
    {
        _tools.Answer("is-leader", "true");
        var backend = Backends.New(_tools);
        backend.RelationSet(5, new Dictionary<string, string> { ["endpoints"] = "h:1" }, app: true);
        backend.Flush();
        Assert.Equal(["is-leader", "--format=json"], _tools.Calls[0].Argv);
        Assert.Equal(["relation-set", "-r", "database:5", "--app", "--file", "-"], _tools.Calls[1].Argv);
        Assert.Equal("{\"endpoints\":\"h:1\"}", _tools.Calls[1].Stdin);
    }

    [Fact]
    public void Juju_log_ends_flags_before_the_message()
    {
        var backend = Backends.New(_tools);
        backend.Log(JujuLogLevel.Info, "--not-a-flag hello");
        backend.Log(JujuLogLevel.Debug, "d");
        backend.Log(JujuLogLevel.Warning, "w");
        backend.Log(JujuLogLevel.Error, "e");
        Assert.Equal(["juju-log", "--log-level", "INFO", "--", "--not-a-flag hello"], _tools.Calls[0].Argv);
        Assert.Equal(["DEBUG", "WARNING", "ERROR"], _tools.Calls.Skip(1).Select(c => c.Args[1]));
    }

    [Fact]
    public void A_log_message_longer_than_juju_takes_is_split()
    {
        var message = new string('x', 131071) + "tail";
        Backends.New(_tools).Log(JujuLogLevel.Info, message);
        Assert.Equal(2, _tools.Calls.Count);
        Assert.Equal(message, string.Concat(_tools.Calls.Select(c => c.Args[^1])));
    }
}
