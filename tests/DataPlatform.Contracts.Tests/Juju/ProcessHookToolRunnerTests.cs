using System.Diagnostics;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Juju.HookTools;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>
/// <see cref="ProcessHookToolRunner"/> over real executables first on PATH (the FakeScript pattern
/// of docs/hook-tools.md#testing-the-backend): quoting, stdin, UTF-8, exit statuses, big outputs, timeouts.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ProcessHookToolRunnerTests : IDisposable
{
    private readonly DirectoryInfo _bin = Directory.CreateTempSubdirectory("dpc-tools-test-");

    public void Dispose() => _bin.Delete(recursive: true);

    private ProcessHookToolRunner Runner(TimeSpan? timeout = null) =>
        new(new Dictionary<string, string> { ["PATH"] = _bin.FullName + ":/usr/bin:/bin" }, timeout);

    private void Tool(string name, string body)
    {
        var path = Path.Combine(_bin.FullName, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void Arguments_arrive_one_by_one_unquoted_and_in_UTF_8()
    {
        Tool("echo-args", "for a in \"$@\"; do printf '[%s]' \"$a\"; done");
        string[] args = ["two words", "'single'", "\"double\"", "$HOME", "*", "é∑😀", ""];
        var result = Runner().Run("echo-args", args, null);
        Assert.Equal(0, result.ExitStatus);
        Assert.Equal(string.Concat(args.Select(a => $"[{a}]")), result.Stdout);
    }

    [Fact]
    public void Stdin_is_written_and_closed()
    {
        Tool("relation-set", "cat");
        var stdin = "{\"k\":\"é😀\"}";
        Assert.Equal(stdin, Runner().Run("relation-set", ["--file", "-"], stdin).Stdout);
    }

    [Fact]
    public void Without_stdin_the_tool_reads_end_of_file()
    {
        Tool("reader", "cat; echo done");
        Assert.Equal("done\n", Runner().Run("reader", [], null).Stdout);
    }

    [Fact]
    public void Exit_status_and_stderr_come_back()
    {
        Tool("relation-get", "echo 'ERROR invalid value \"5\" for option -r: relation not found' >&2; exit 2");
        var result = Runner().Run("relation-get", ["-r", "5"], null);
        Assert.Equal(new HookToolResult(2, "", "ERROR invalid value \"5\" for option -r: relation not found\n"), result);
    }

    [Fact]
    public void Big_stdout_and_stderr_together_do_not_stall()
    {
        // Each far above a pipe's 64 KiB buffer, written interleaved.
        var o = new string('o', 100);
        var e = new string('e', 100);
        Tool("noisy", $"i=0; while [ $i -lt 2000 ]; do echo {o}; echo {e} >&2; i=$((i+1)); done");
        var result = Runner(TimeSpan.FromSeconds(30)).Run("noisy", [], new string('x', 300_000));
        Assert.Equal(string.Concat(Enumerable.Repeat(o + "\n", 2000)), result.Stdout);
        Assert.Equal(string.Concat(Enumerable.Repeat(e + "\n", 2000)), result.Stderr);
    }

    [Fact]
    public void A_tool_that_hangs_is_killed_after_the_timeout()
    {
        Tool("hang", "sleep 30");
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<HookToolTimeoutException>(() => Runner(TimeSpan.FromMilliseconds(300)).Run("hang", ["a"], null));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.Equal("hang", error.Tool);
        Assert.Equal(["a"], error.Argv);
    }

    [Fact]
    public void A_child_left_holding_the_output_open_counts_against_the_timeout()
    {
        Tool("leaves-child", "sleep 30 & echo started");
        var clock = Stopwatch.StartNew();
        Assert.Throws<HookToolTimeoutException>(() => Runner(TimeSpan.FromMilliseconds(500)).Run("leaves-child", [], null));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
    }

    [Fact]
    public void A_tool_that_cannot_start_is_a_juju_exception_naming_it()
    {
        Tool("bad-interpreter", "");
        File.WriteAllText(Path.Combine(_bin.FullName, "bad-interpreter"), "#!/nonexistent/interpreter\n");
        var error = Assert.Throws<JujuException>(() => Runner().Run("bad-interpreter", ["x"], null));
        Assert.Equal("bad-interpreter", error.Tool);
        Assert.Equal(["x"], error.Argv);
    }

    [Fact]
    public void A_tool_that_hangs_without_reading_a_large_stdin_is_killed_after_the_timeout()
    {
        Tool("deaf", "sleep 30");
        var clock = Stopwatch.StartNew();
        Assert.Throws<HookToolTimeoutException>(() => Runner(TimeSpan.FromMilliseconds(500)).Run("deaf", ["--file", "-"], new string('x', 1 << 20)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
    }

    [Fact]
    public void A_tool_missing_from_PATH_says_so()
    {
        var error = Assert.Throws<HookToolMissingException>(() => Runner().Run("relation-get", [], null));
        Assert.Equal("relation-get: juju hook tool 'relation-get' is not on PATH: not running inside a Juju hook?", error.Message);
    }

    [Fact]
    public void A_non_executable_file_is_not_a_tool()
    {
        File.WriteAllText(Path.Combine(_bin.FullName, "is-leader"), "true");
        Assert.Throws<HookToolMissingException>(() => Runner().Run("is-leader", [], null));
    }

    [Fact]
    public void The_backend_reports_a_missing_tool_as_such()
    {
        var backend = new HookToolBackend("db/0", null, new HookContext("install"), JujuVersion.Parse("3.6.12"), Runner());
        Assert.Throws<HookToolMissingException>(() => backend.IsLeader());
    }
}
