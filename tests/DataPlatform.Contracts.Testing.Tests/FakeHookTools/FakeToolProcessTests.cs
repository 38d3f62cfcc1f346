using System.Diagnostics;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Juju.HookTools;
using DataPlatform.Contracts.Testing.FakeHookTools;
using DataPlatform.Contracts.Testing.Tests.Charms;

namespace DataPlatform.Contracts.Testing.Tests.FakeHookTools;

/// <summary>
/// The fake hook tools as real processes: Juju's output, stderr strings and exit statuses
/// (docs/hook-tools.md#tools, docs/hook-tools.md#errors; the ops FakeScript cases of docs/hook-tools.md#testing-the-backend), recording, commit on exit 0 only.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FakeToolProcessTests
{
    private readonly TestModel _model = new();
    private readonly int _relation;
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public FakeToolProcessTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        _output = output;
        _relation = _model.DbAndApp();
    }

    private InMemoryJuju Juju => _model.Juju;

    private HookContext Changed => Hooks.Relation("changed", "database", _relation, "app", "app/0");

    /// <summary>Runs raw tool calls in a hook of <paramref name="unit"/> and returns the run.</summary>
    private FakeHookToolsRun Tools(string unit, Func<ProcessHookToolRunner, int> calls, HookContext? hook = null) =>
        Juju.RunHookThroughTools(unit, hook ?? Changed, session => calls(new ProcessHookToolRunner(session.Environment)));

    private HookToolResult One(string unit, string tool, params string[] args)
    {
        HookToolResult result = null!;
        Tools(unit, runner =>
        {
            result = runner.Run(tool, args, null);
            return 0;
        });
        return result;
    }

    [Fact]
    public void Is_leader_answers_json()
    {
        Assert.Equal(new HookToolResult(0, "true\n", ""), One("db/0", "is-leader", "--format=json"));
        Assert.Equal(new HookToolResult(0, "false\n", ""), One("db/1", "is-leader", "--format=json"));
    }

    [Fact]
    public void Relation_ids_and_relation_list()
    {
        Assert.Equal($"[\"database:{_relation}\"]\n", One("db/0", "relation-ids", "database", "--format=json").Stdout);
        Assert.Equal("[]\n", One("db/0", "relation-ids", "nothing", "--format=json").Stdout);
        Assert.Equal("[\"app/0\",\"app/1\"]\n", One("db/0", "relation-list", "--format=json", "-r", $"database:{_relation}").Stdout);
        Assert.Equal("\"app\"\n", One("db/0", "relation-list", "--format=json", "--app", "-r", $"database:{_relation}").Stdout);
    }

    [Fact]
    public void An_unknown_relation_is_exit_2_with_juju_s_message()
    {
        var result = One("db/0", "relation-get", "--format=json", "-r", "database:99", "-", "app/0");
        Assert.Equal(new HookToolResult(2, "", "ERROR invalid value \"database:99\" for option -r: relation not found\n"), result);
    }

    [Fact]
    public void A_follower_reading_its_own_app_bag_is_denied()
    {
        var result = One("db/1", "relation-get", "--format=json", "-r", $"database:{_relation}", "--app", "-", "db");
        Assert.Equal(new HookToolResult(1, "", "ERROR permission denied\n"), result);
    }

    [Fact]
    public void A_follower_writing_the_app_bag_cannot_write_relation_settings()
    {
        HookToolResult result = null!;
        Juju.RunHookThroughTools("db/1", Changed, session =>
        {
            result = new ProcessHookToolRunner(session.Environment).Run("relation-set", ["-r", $"database:{_relation}", "--app", "--file", "-"], "{\"k\":\"v\"}");
            return 0;
        });
        Assert.Equal(new HookToolResult(1, "", "ERROR cannot write relation settings\n"), result);
    }

    [Fact]
    public void Relation_set_reads_json_from_stdin_and_relation_get_sees_it()
    {
        var run = Tools("app/0", runner =>
        {
            var set = runner.Run("relation-set", ["-r", $"database:{_relation}", "--file", "-"], "{\"k\":\"é😀\",\"gone\":\"\"}");
            var get = runner.Run("relation-get", ["--format=json", "-r", $"database:{_relation}", "-", "app/0"], null);
            Assert.Equal(0, set.ExitStatus);
            Assert.Equal("{\"k\":\"é😀\"}\n", get.Stdout);
            return 0;
        });
        Assert.True(run.Result.Committed, run.Result.Error?.ToString());
        Assert.Equal("é😀", Juju.Databag(_relation, "app/0")["k"]);
        Assert.Equal("{\"k\":\"é😀\",\"gone\":\"\"}", run.Calls[0].Stdin);
    }

    [Fact]
    public void Answers_escape_like_go_encoding_json()
    {
        Juju.UpdateDatabag(_relation, "app", new Dictionary<string, string> { ["k"] = "<a&b>\u2028😀" });
        var stdout = One("db/0", "relation-get", "--format=json", "-r", $"database:{_relation}", "--app", "-", "app").Stdout;
        Assert.Equal("{\"k\":\"\\u003ca\\u0026b\\u003e\\u2028😀\"}\n", stdout);
    }

    [Fact]
    public void A_non_zero_exit_discards_the_hook_s_writes()
    {
        var run = Tools("app/0", runner =>
        {
            runner.Run("relation-set", ["-r", $"database:{_relation}", "--file", "-"], "{\"k\":\"v\"}");
            return 3;
        });
        Assert.False(run.Result.Committed);
        Assert.Equal(3, run.ExitStatus);
        Assert.Equal(3, Assert.IsType<HookExitException>(run.Result.Error).ExitStatus);
        Assert.Empty(Juju.Databag(_relation, "app/0"));
    }

    [Fact]
    public void Secret_add_copies_file_content_and_prints_the_id_and_secret_get_reads_it()
    {
        var file = Path.Combine(Path.GetTempPath(), "dpc-test-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "pw-1");
        try
        {
            var run = Tools("db/0", runner =>
            {
                var add = runner.Run("secret-add", ["--label", "lbl", "--owner", "application", $"password#file={file}"], null);
                Assert.Equal(new HookToolResult(0, $"secret://{InMemoryJuju.FakeModelUuid}/0001\n", ""), add);
                Assert.Equal("{\"password\":\"pw-1\"}\n", runner.Run("secret-get", ["--format=json", "--label", "lbl", "--peek"], null).Stdout);
                return 0;
            });
            Assert.Equal("pw-1", run.Calls[0].Files["password"]);
            Assert.DoesNotContain(run.Calls[0].Args, a => a.Contains("pw-1", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Secret_errors_are_juju_s()
    {
        Tools("db/0", runner =>
        {
            Assert.Equal(new HookToolResult(1, "", "ERROR secret \"secret:0042\" not found\n"), runner.Run("secret-get", ["--format=json", "secret:0042"], null));
            Assert.Equal(new HookToolResult(2, "", "ERROR require either a secret URI or label\n"), runner.Run("secret-get", ["--format=json"], null));
            Assert.Equal(new HookToolResult(2, "", "ERROR specify one of --peek or --refresh but not both\n"), runner.Run("secret-get", ["--format=json", "--label", "x", "--peek", "--refresh"], null));
            Assert.Equal(new HookToolResult(2, "", "ERROR missing secret value or filename\n"), runner.Run("secret-add", ["--owner", "unit"], null));
            return 0;
        });
        var follower = One("db/1", "secret-add", "--owner", "application", "password=x");
        Assert.Equal(new HookToolResult(1, "", "ERROR this unit is not the leader\n"), follower);
    }

    [Fact]
    public void A_consumer_without_a_grant_is_denied()
    {
        var id = _model.Get("db/0", b => b.SecretAdd(new Dictionary<string, string> { ["password"] = "p" }, null, SecretOwner.Application));
        Assert.Equal(new HookToolResult(1, "", "ERROR permission denied\n"), One("app/0", "secret-get", "--format=json", id));
    }

    [Fact]
    public void Secret_info_get_answers_keyed_by_xid()
    {
        _model.Ok("db/0", b => b.SecretAdd(new Dictionary<string, string> { ["password"] = "p" }, "lbl", SecretOwner.Application));
        Assert.Equal("{\"0001\":{\"revision\":1,\"label\":\"lbl\",\"owner\":\"application\"}}\n", One("db/0", "secret-info-get", "--format=json", "--label", "lbl").Stdout);
    }

    [Fact]
    public void Action_tools_outside_an_action_are_refused()
    {
        Assert.Equal(new HookToolResult(1, "", "ERROR not running an action\n"), One("db/0", "action-get", "--format=json"));
    }

    [Fact]
    public void Unknown_flags_are_usage_errors()
    {
        Assert.Equal(new HookToolResult(2, "", "ERROR option provided but not defined: --bogus\n"), One("db/0", "is-leader", "--bogus"));
    }

    [Fact]
    public void Juju_log_reaches_the_unit_s_log()
    {
        Tools("db/0", runner => runner.Run("juju-log", ["--log-level", "WARNING", "--", "hello", "world"], null).ExitStatus);
        Assert.Contains(Juju.History[^1].Result.Logs, l => l.Level == JujuLogLevel.Warning && l.Message == "hello world");
    }

    [Fact]
    public void The_environment_is_a_hook_s()
    {
        Juju.RunHookThroughTools("app/0", Hooks.Relation("changed", "database", _relation, "db"), session =>
        {
            var env = session.Environment;
            Assert.StartsWith(session.BinDirectory + ":", env["PATH"], StringComparison.Ordinal);
            Assert.Equal("app/0", env["JUJU_UNIT_NAME"]);
            Assert.Equal("3.6.12", env["JUJU_VERSION"]);
            Assert.Equal(InMemoryJuju.FakeModelUuid, env["JUJU_MODEL_UUID"]);
            Assert.Equal("hooks/database-relation-changed", env["JUJU_DISPATCH_PATH"]);
            Assert.Equal("database", env["JUJU_RELATION"]);
            Assert.Equal($"database:{_relation}", env["JUJU_RELATION_ID"]);
            Assert.Equal("db", env["JUJU_REMOTE_APP"]);
            Assert.Equal("", env["JUJU_REMOTE_UNIT"]);
            Assert.False(env.ContainsKey("JUJU_SECRET_ID"));
            return 0;
        });
    }

    [Fact]
    public void A_child_process_reaches_the_unit_through_the_environment()
    {
        // What a charm binary started by dispatch does: a shell that calls the tools by name, with the relation from the environment.
        var run = Juju.RunHookThroughTools("app/0", Hooks.Relation("changed", "database", _relation, "db"), session =>
        {
            var start = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", "relation-set --file - <<EOF\n{\"from\": \"child\"}\nEOF\nis-leader --format=json" }, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var (name, value) in session.Environment) start.Environment[name] = value;
            using var child = Process.Start(start)!;
            var stdout = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            Assert.Equal("true\n", stdout);
            return child.ExitCode;
        });
        Assert.True(run.Result.Committed, run.Result.Error?.ToString());
        Assert.Equal("child", Juju.Databag(_relation, "app/0")["from"]);
        Assert.Equal(["relation-set", "--file", "-"], run.Calls[0].Argv);
    }

    [Fact]
    public void Many_calls_in_a_row_each_get_their_own_answer()
    {
        const int n = 40;
        var clock = new Stopwatch();
        var run = Tools("app/0", runner =>
        {
            clock.Start();
            for (var i = 0; i < n; i++)
            {
                Assert.Equal(0, runner.Run("relation-set", ["-r", $"database:{_relation}", "--file", "-"], $"{{\"k{i}\":\"{i}\"}}").ExitStatus);
            }

            clock.Stop();
            return 0;
        });
        Assert.Equal(Enumerable.Range(0, n).Select(i => $"{{\"k{i}\":\"{i}\"}}"), run.Calls.Select(c => c.Stdin));
        Assert.Equal(n, Juju.Databag(_relation, "app/0").Count);

        // For comparison: starting a shell script that does nothing.
        var baseline = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            using var sh = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "exit 0"]) { UseShellExecute = false })!;
            sh.WaitForExit();
        }

        var bin = Directory.CreateTempSubdirectory("dpc-empty-tool-");
        try
        {
            var empty = Path.Combine(bin.FullName, "empty");
            File.WriteAllText(empty, "#!/bin/sh\nexit 0\n");
            File.SetUnixFileMode(empty, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            var runner = new ProcessHookToolRunner(new Dictionary<string, string> { ["PATH"] = bin.FullName });
            var redirected = Stopwatch.StartNew();
            for (var i = 0; i < 10; i++) runner.Run("empty", [], "{}");
            _output.WriteLine($"{clock.Elapsed.TotalMilliseconds / n:0.0} ms per fake tool call; {baseline.Elapsed.TotalMilliseconds / 10:0.0} ms per empty /bin/sh process; " +
                $"{redirected.Elapsed.TotalMilliseconds / 10:0.0} ms per empty tool through ProcessHookToolRunner");
        }
        finally
        {
            bin.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_tools_are_gone_after_the_hook()
    {
        string bin = null!;
        Juju.RunHookThroughTools("db/0", Changed, session =>
        {
            bin = session.BinDirectory;
            Assert.True(File.Exists(Path.Combine(bin, "relation-get")));
            return 0;
        });
        Assert.False(Directory.Exists(bin));
    }
}
