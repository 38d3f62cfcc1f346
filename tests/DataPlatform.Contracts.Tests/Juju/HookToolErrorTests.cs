using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>Juju's answers (exit status, stderr) as typed errors: docs/hook-tools.md#general-mechanics and the 1.3 catalogue.</summary>
public sealed class HookToolErrorTests
{
    private readonly FakeHookToolRunner _tools = new();

    [Fact]
    public void An_unknown_relation_is_relation_not_found_with_the_call_s_facts()
    {
        const string stderr = "ERROR invalid value \"database:5\" for option -r: relation not found\n";
        _tools.Fail("relation-list", 2, stderr);
        var error = Assert.Throws<RelationNotFoundException>(() => Backends.New(_tools).RelationUnits(5));
        Assert.Equal(5, error.RelationId);
        Assert.Equal("relation-list", error.Tool);
        Assert.Equal(2, error.ExitStatus);
        Assert.Equal(stderr, error.Stderr);
        Assert.Equal(["--format=json", "-r", "database:5"], error.Argv);
    }

    [Theory]
    [InlineData("ERROR permission denied\n")]
    [InlineData("ERROR: permission denied\n")]
    public void A_follower_reading_its_own_app_bag_is_access_denied(string stderr)
    {
        _tools.Fail("relation-get", 1, stderr);
        var error = Assert.Throws<RelationAccessDeniedException>(() => Backends.New(_tools).RelationGet(5, "db"));
        Assert.Equal((5, "db", 1), (error.RelationId, error.Member, error.ExitStatus));
    }

    [Fact]
    public void Permission_denied_on_a_remote_bag_is_a_gone_relation()
    {
        // canonical/operator#2709: Juju 3.6 says this of a cross-model relation it has forgotten.
        _tools.Fail("relation-get", 1, "ERROR permission denied\n");
        var error = Assert.Throws<RelationNotFoundException>(() => Backends.New(_tools).RelationGet(5, "client"));
        Assert.Equal(5, error.RelationId);
    }

    [Fact]
    public void A_relation_gone_between_two_calls_names_the_relation()
    {
        _tools.Answer("relation-ids", "[\"database:8\"]").Fail("relation-get", 2, "ERROR invalid value \"database:8\" for option -r: relation not found\n");
        var backend = Backends.New(_tools);
        var id = Assert.Single(backend.RelationIds("database"));
        var error = Assert.Throws<RelationNotFoundException>(() => backend.RelationGet(id, "client/0"));
        Assert.Contains("relation 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follower_writing_the_app_bag_is_not_leader_without_running_relation_set()
    {
        _tools.Answer("is-leader", "false");
        var backend = Backends.New(_tools);
        Assert.Throws<NotLeaderException>(() => backend.RelationSet(5, new Dictionary<string, string> { ["k"] = "v" }, app: true));
        Assert.DoesNotContain(_tools.Calls, c => c.Tool == "relation-set");
    }

    [Fact]
    public void Juju_refusing_an_app_bag_write_is_not_leader()
    {
        _tools.Answer("is-leader", "true").Fail("relation-set", 1, "ERROR cannot write relation settings\n");
        var backend = Backends.New(_tools);
        backend.RelationSet(5, new Dictionary<string, string> { ["k"] = "v" }, app: true);
        var error = Assert.Throws<NotLeaderException>(backend.Flush);
        Assert.Equal("relation-set", error.Tool);
    }

    [Fact]
    public void Writing_a_gone_relation_fails_at_flush()
    {
        _tools.Fail("relation-set", 2, "ERROR invalid value \"database:5\" for option -r: relation not found\n");
        var backend = Backends.New(_tools);
        backend.RelationSet(5, new Dictionary<string, string> { ["k"] = "v" }, app: false);
        Assert.Equal(5, Assert.Throws<RelationNotFoundException>(backend.Flush).RelationId);
    }

    [Fact]
    public void An_unknown_secret_is_secret_not_found()
    {
        _tools.Fail("secret-get", 1, "ERROR secret \"cs1\" not found\n");
        var error = Assert.Throws<SecretNotFoundException>(() => Backends.New(_tools).SecretGet("secret:cs1", null, SecretRead.Tracked));
        Assert.Equal("secret:cs1", error.Reference);
    }

    [Theory]
    [InlineData("ERROR permission denied\n")]
    [InlineData("ERROR: permission denied\n")]
    public void A_secret_not_granted_is_secret_access_denied(string stderr)
    {
        _tools.Fail("secret-get", 1, stderr);
        var error = Assert.Throws<SecretAccessDeniedException>(() => Backends.New(_tools).SecretGet("secret:cs1", "l", SecretRead.Tracked));
        Assert.Equal("secret:cs1", error.Reference);
    }

    [Fact]
    public void A_secret_revoked_mid_hook_names_the_secret()
    {
        _tools.Answer("secret-get", "{\"a\":\"b\"}").Fail("secret-get", 1, "ERROR permission denied\n");
        var backend = Backends.New(_tools);
        backend.SecretGet("secret:cs1", null, SecretRead.Tracked);
        var error = Assert.Throws<SecretAccessDeniedException>(() => backend.SecretGet("secret:cs1", null, SecretRead.Refresh));
        Assert.Contains("secret:cs1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secret-set")]
    [InlineData("secret-grant")]
    [InlineData("secret-remove")]
    public void An_app_secret_managed_by_a_follower_is_not_leader(string tool)
    {
        _tools.Fail(tool, 1, "ERROR this unit is not the leader\n");
        var backend = Backends.New(_tools);
        Action call = tool switch
        {
            "secret-set" => () => backend.SecretSet("secret:cs1", new Dictionary<string, string> { ["password"] = "x" }),
            "secret-grant" => () => backend.SecretGrant("secret:cs1", 5),
            _ => () => backend.SecretRemove("secret:cs1", null),
        };
        Assert.Equal(tool, Assert.Throws<NotLeaderException>(call).Tool);
    }

    [Fact]
    public void Secret_info_get_of_a_secret_owned_elsewhere_is_not_found()
    {
        _tools.Fail("secret-info-get", 1, "ERROR secret \"cs1\" not found\n");
        Assert.Throws<SecretNotFoundException>(() => Backends.New(_tools).SecretInfoGet(null, "lbl"));
    }

    [Theory]
    [InlineData("action-get")]
    [InlineData("action-set")]
    [InlineData("action-fail")]
    [InlineData("action-log")]
    public void Action_tools_outside_an_action_are_not_in_action(string tool)
    {
        _tools.Fail(tool, 1, "ERROR not running an action\n");
        var backend = Backends.New(_tools);
        Action call = tool switch
        {
            "action-get" => () => backend.ActionGet(),
            "action-set" => () => backend.ActionSet(new Dictionary<string, string> { ["a"] = "b" }),
            "action-fail" => () => backend.ActionFail("x"),
            _ => () => backend.ActionLog("x"),
        };
        Assert.Equal(tool, Assert.Throws<NotInActionException>(call).Tool);
    }

    [Fact]
    public void Application_status_from_a_follower_is_not_leader()
    {
        _tools.Fail("status-set", 1, "ERROR this unit is not the leader\n");
        Assert.Throws<NotLeaderException>(() => Backends.New(_tools).StatusSet(WorkloadStatus.Active, "", application: true));
    }

    [Fact]
    public void Anything_else_is_a_juju_exception_with_tool_argv_status_and_stderr()
    {
        _tools.Fail("relation-get", 1, "ERROR cannot read settings for unit \"client/9\" in relation \"database:5\": unit \"client/9\": settings not found\n");
        var error = Assert.Throws<JujuException>(() => Backends.New(_tools).RelationGet(5, "client/9"));
        Assert.Equal(typeof(JujuException), error.GetType());
        Assert.Equal("relation-get", error.Tool);
        Assert.Equal(["--format=json", "-r", "database:5", "-", "client/9"], error.Argv);
        Assert.Equal(1, error.ExitStatus);
        Assert.Contains("settings not found", error.Stderr, StringComparison.Ordinal);
        Assert.Contains("exit status 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_on_stderr_with_exit_0_is_success()
    {
        _tools.Answer("relation-set", "", 0, "WARNING --format is deprecated\n");
        var backend = Backends.New(_tools);
        backend.RelationSet(5, new Dictionary<string, string> { ["k"] = "v" }, app: false);
        backend.Flush();
    }

    [Theory]
    [InlineData("", "empty answer")]
    [InlineData("   \n", "empty answer")]
    [InlineData("{\"a\":", "malformed JSON")]
    [InlineData("[\"a\"]", "expected a JSON object")]
    [InlineData("{\"a\":1}", "expected a JSON object of strings")]
    public void A_bad_databag_answer_names_the_tool_and_the_relation(string stdout, string problem)
    {
        _tools.Answer("relation-get", stdout);
        var error = Assert.Throws<HookToolAnswerException>(() => Backends.New(_tools).RelationGet(5, "client/0"));
        Assert.Equal("relation-get", error.Tool);
        Assert.Contains("client/0 in relation 5", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_secret_answer_names_the_secret_but_not_its_content()
    {
        _tools.Answer("secret-get", "{\"password\":\"leaked-value\",");
        var error = Assert.Throws<HookToolAnswerException>(() => Backends.New(_tools).SecretGet("secret:cs1", null, SecretRead.Tracked));
        Assert.Contains("secret:cs1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("leaked-value", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is-leader", "yes")]
    [InlineData("relation-ids", "[\"database:x\"]")]
    [InlineData("relation-ids", "{}")]
    [InlineData("relation-list", "[1]")]
    [InlineData("secret-add", "\n")]
    [InlineData("secret-info-get", "{}")]
    [InlineData("secret-info-get", "{\"cs1\":{\"revision\":\"3\"}}")]
    public void Other_bad_answers_are_typed(string tool, string stdout)
    {
        _tools.Answer(tool, stdout);
        var backend = Backends.New(_tools);
        Action call = tool switch
        {
            "is-leader" => () => backend.IsLeader(),
            "relation-ids" => () => backend.RelationIds("database"),
            "relation-list" => () => backend.RelationUnits(5),
            "secret-add" => () => backend.SecretAdd(new Dictionary<string, string> { ["key"] = "v" }, null, SecretOwner.Unit),
            _ => () => backend.SecretInfoGet("secret:cs1", null),
        };
        Assert.Equal(tool, Assert.Throws<HookToolAnswerException>(call).Tool);
    }
}
