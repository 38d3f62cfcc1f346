using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>The argv and answers of status-set, config-get and the action tools (docs/charm-process.md#the-process).</summary>
public sealed class StatusActionArgvTests
{
    private readonly FakeHookToolRunner _tools = new();

    [Theory]
    [InlineData(WorkloadStatus.Active, "active")]
    [InlineData(WorkloadStatus.Blocked, "blocked")]
    [InlineData(WorkloadStatus.Waiting, "waiting")]
    [InlineData(WorkloadStatus.Maintenance, "maintenance")]
    public void Status_set_of_the_unit(WorkloadStatus status, string name)
    {
        Backends.New(_tools).StatusSet(status, "-- msg", application: false);
        Assert.Equal(["status-set", name, "--", "-- msg"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Status_set_of_the_application()
    {
        Backends.New(_tools).StatusSet(WorkloadStatus.Blocked, "needs a human", application: true);
        Assert.Equal(["status-set", "--application", "blocked", "--", "needs a human"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Config_get_reads_typed_values_once()
    {
        _tools.Answer("config-get", "{\"port\":5432,\"name\":\"main\",\"debug\":false,\"ratio\":0.5}\n");
        var backend = Backends.New(_tools);
        var config = backend.ConfigGet();
        Assert.Equal(5432, (int)config["port"].AsInteger());
        Assert.Equal("main", config["name"].AsString());
        Assert.False(config["debug"].AsBoolean());
        Assert.Equal(0.5, config["ratio"].AsFloat());
        backend.ConfigGet();
        Assert.Equal(["config-get", "--format=json"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Action_get_reads_the_parameters()
    {
        _tools.Answer("action-get", "{\"relation-id\":5,\"user\":\"x\"}");
        var parameters = Backends.New(_tools).ActionGet();
        Assert.Equal(WireValue.FromString("x"), parameters["user"]);
        Assert.Equal(["action-get", "--format=json"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Action_set_passes_key_value_pairs()
    {
        Backends.New(_tools).ActionSet(new Dictionary<string, string> { ["user.name"] = "u", ["count"] = "2" });
        Assert.Equal(["action-set", "count=2", "user.name=u"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Action_fail_and_action_log_end_flags_before_the_message()
    {
        var backend = Backends.New(_tools);
        backend.ActionFail("-x failed");
        backend.ActionLog("step 1");
        Assert.Equal(["action-fail", "--", "-x failed"], _tools.Calls[0].Argv);
        Assert.Equal(["action-log", "--", "step 1"], _tools.Calls[1].Argv);
    }

    [Fact]
    public void A_failed_action_set_does_not_show_the_results_in_its_error()
    {
        _tools.Fail("action-set", 1, "ERROR something\n");
        var error = Assert.Throws<JujuException>(() => Backends.New(_tools).ActionSet(new Dictionary<string, string> { ["password"] = "hunter2-secret" }));
        Assert.Equal(["password=***"], error.Argv);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }
}
