using System.Diagnostics;
using System.Text;

namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>
/// Runs hook tools as child processes (docs/hook-tools.md#in-a-charm-hooktoolbackend): resolved once on <c>PATH</c>, argv
/// as an array (no shell), UTF-8, stdin written then closed, stdout and stderr read concurrently so
/// neither pipe can fill up and stall the tool, killed with its children after a generous timeout.
/// </summary>
public sealed class ProcessHookToolRunner : IHookToolRunner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string>? _environment;
    private readonly object _lock = new();

    /// <summary>
    /// Creates a runner. <paramref name="environment"/> overrides variables of this process for the
    /// tools (its <c>PATH</c>, if any, is also where tools are looked up); <paramref name="timeout"/>
    /// defaults to 120 s, since Juju has no timeout of its own and a call may wait on the controller.
    /// </summary>
    public ProcessHookToolRunner(IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        _environment = environment;
        Timeout = timeout ?? TimeSpan.FromSeconds(120);
    }

    /// <summary>How long one tool may run.</summary>
    public TimeSpan Timeout { get; }

    /// <inheritdoc />
    public HookToolResult Run(string tool, IReadOnlyList<string> args, string? stdin)
    {
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo(Resolve(tool))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (_environment is not null)
        {
            foreach (var (name, value) in _environment) start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new HookToolMissingException(tool);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new JujuException(tool, $"cannot start {start.FileName}: {e.Message}", e) { Argv = HookToolArgv.Mask(tool, args) };
        }

        using var _ = process;
        var clock = Stopwatch.StartNew();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var input = WriteAndCloseAsync(process.StandardInput, stdin);

        // The exit, the end of output and the end of input all count against the timeout: a tool
        // may hang without reading a large stdin, or leave a child holding the pipes open.
        if (!process.WaitForExit(Max(Timeout - clock.Elapsed, TimeSpan.Zero))
            || !Task.WaitAll([stdout, stderr, input], Max(Timeout - clock.Elapsed, TimeSpan.Zero)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new HookToolTimeoutException(tool, Timeout) { Argv = HookToolArgv.Mask(tool, args) };
        }

        process.WaitForExit();
        return new HookToolResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static async Task WriteAndCloseAsync(StreamWriter writer, string? text)
    {
        try
        {
            if (text is not null) await writer.WriteAsync(text).ConfigureAwait(false);
            writer.Close();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The tool exited (or was killed) without reading all of its input; its exit status or the timeout says why.
        }
    }

    private string Resolve(string tool)
    {
        lock (_lock)
        {
            if (!_resolved.TryGetValue(tool, out var path)) _resolved[tool] = path = Find(tool);
            return path ?? throw new HookToolMissingException(tool);
        }
    }

    private string? Find(string tool)
    {
        var search = _environment is not null && _environment.TryGetValue("PATH", out var overridden) ? overridden : Environment.GetEnvironmentVariable("PATH");
        foreach (var dir in (search ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0))
            {
                return candidate;
            }
        }

        return null;
    }
}
