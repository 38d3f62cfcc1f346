using System.Diagnostics;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing.FakeHookTools;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Testing.Tests.Readme;

/// <summary>
/// Issue 9, the entry point as Juju runs it: the README's charm <c>Main</c> (this test assembly's
/// entry point) started as a child process with a hook's environment, reaching the unit through
/// the fake hook tools on its <c>PATH</c>, over the default <see cref="Juju.HookTools.HookToolBackend"/>.
/// </summary>
public sealed class ClientProcessTests
{
    private static readonly string ClientDirectory = Path.Combine(AppContext.BaseDirectory, "Readme", "client");

    private readonly InMemoryJuju _juju = new();
    private readonly int _relation;

    public ClientProcessTests()
    {
        _juju.Deploy("db", new CharmMetadata("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } }, host => new ResourceProviderEventHandler<RequirerCommonModel>(host, "database"));
        _juju.Deploy("client", ClientDirectory, host => new ClientCharm(host));
        _relation = _juju.Relate("client", "database", "db", "database");
    }

    // The charm's own Main, in a child process, with the session's environment over this one's.
    private static int RunMain(FakeHookToolsSession session)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ClientCharm).Assembly.Location);
        foreach (var (key, value) in session.Environment) start.Environment[key] = value;
        start.Environment["JUJU_CHARM_DIR"] = ClientDirectory;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the charm process did not end");
        }
        Assert.True(stderr.Result.Length == 0 || process.ExitCode != 0, stderr.Result);
        return process.ExitCode;
    }

    [Fact]
    public void Relation_created_as_a_process_publishes_the_requests_and_commits()
    {
        var run = _juju.RunHookThroughTools("client/0", Hooks.Relation("created", "database", _relation, "db"), RunMain);

        Assert.Equal(0, run.ExitStatus);
        Assert.True(run.Result.Committed);
        var requests = PythonJson.Parse(_juju.Databag(_relation, "client")["requests"]).AsArray();
        Assert.Equal(2, requests.Count);
        Assert.Equal("clientdb", requests[0].AsObject()["resource"].AsString());
        // The app databag was written once, with JSON on stdin.
        var set = Assert.Single(run.Calls, c => c.Tool == "relation-set");
        Assert.Contains("--app", set.Args);
        Assert.Contains("requests", set.Stdin);
    }

    [Fact]
    public void A_failing_handler_exits_non_zero_logs_the_error_and_leaves_nothing_written()
    {
        _juju.RunHookThroughTools("client/0", Hooks.Relation("created", "database", _relation, "db"), RunMain);
        _juju.UpdateDatabag(_relation, "db", new Dictionary<string, string> { ["requests"] = "[{\"resource\": ", ["data"] = "{}" });
        _juju.UpdateDatabag(_relation, "client", new Dictionary<string, string> { ["requests"] = "" });
        var before = (_juju.Databag(_relation, "client"), _juju.Databag(_relation, "client/0"));

        var run = _juju.RunHookThroughTools("client/0", Hooks.Relation("changed", "database", _relation, "db"), RunMain);

        Assert.Equal(JujuCharm.CharmFailed, run.ExitStatus);
        Assert.False(run.Result.Committed);
        // The leader tried to republish its requests before the bad responses stopped it: discarded.
        Assert.Contains(run.Calls, c => c.Tool == "juju-log" && c.Args.Any(a => a.Contains("RelationDataException", StringComparison.Ordinal)));
        Assert.Equal(before, (_juju.Databag(_relation, "client"), _juju.Databag(_relation, "client/0")));
    }

    [Fact]
    public void A_hook_nobody_observes_exits_zero_and_writes_nothing()
    {
        var run = _juju.RunHookThroughTools("client/0", new Juju.HookContext("update-status"), RunMain);

        Assert.Equal(0, run.ExitStatus);
        Assert.DoesNotContain(run.Calls, c => c.Tool is "relation-set" or "secret-add" or "status-set");
    }
}
