using System.Diagnostics;
using System.Text;

namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>
/// The test-process side of the fake tools: one thread reads call announcements from the request
/// FIFO, and for each reads the call files the script wrote (copying <c>key#file=</c> content
/// while the caller still holds the files), answers it through a <see cref="FakeToolDispatcher"/>,
/// leaves stdout and stderr next to them and writes the exit status to the call's reply FIFO.
/// </summary>
internal sealed class FakeHookToolServer : IDisposable
{
    private const string Stop = "stop";
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly FakeToolDispatcher _dispatcher;
    private readonly List<FakeHookToolCall> _calls = new();
    private readonly FileStream _requests;
    private readonly Thread _thread;
    private readonly string _dir;

    public FakeHookToolServer(string dir, FakeToolDispatcher dispatcher)
    {
        _dir = dir;
        _dispatcher = dispatcher;
        Directory.CreateDirectory(Path.Combine(dir, "calls"));
        var fifo = Path.Combine(dir, "requests");
        MakeFifo(fifo);
        // Read-write, so that the FIFO always has a writer: no end-of-file between two calls, and no blocking open.
        _requests = new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
        _thread = new Thread(Serve) { IsBackground = true, Name = "fake-hook-tools" };
        _thread.Start();
    }

    /// <summary>The calls answered so far, in order.</summary>
    public IReadOnlyList<FakeHookToolCall> Calls
    {
        get
        {
            lock (_calls) return _calls.ToArray();
        }
    }

    /// <summary>Why the server stopped early, if it did (a test should fail on it).</summary>
    public Exception? Failure { get; private set; }

    public void Dispose()
    {
        // A handle of its own: the serving thread may be blocked reading the shared one. The open
        // cannot block, since the serving side always holds the FIFO open.
        using (var stop = new FileStream(Path.Combine(_dir, "requests"), FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0))
        {
            stop.Write(Encoding.ASCII.GetBytes(Stop + "\n"));
        }

        if (!_thread.Join(TimeSpan.FromSeconds(30))) Failure ??= new TimeoutException("the fake hook tool server did not stop");
        _requests.Dispose();
    }

    private void Serve()
    {
        try
        {
            using var reader = new StreamReader(_requests, Encoding.ASCII, false, 1, leaveOpen: true);
            while (reader.ReadLine() is { } line && line != Stop) HandleOrFail(Path.Combine(_dir, "calls", line.Trim()));
        }
#pragma warning disable CA1031 // Recorded and reported by the session; the thread must not crash the test host.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failure ??= e;
        }
    }

    /// <summary>Answers a call; if the server itself fails, the tool still gets an answer (exit 70) rather than waiting forever.</summary>
    private void HandleOrFail(string call)
    {
        try
        {
            Handle(call);
        }
#pragma warning disable CA1031 // Reported by the session when it ends.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failure ??= e;
            File.WriteAllText(call + ".stdout", "");
            File.WriteAllText(call + ".stderr", $"ERROR fake hook tool server: {e.Message}\n");
            Reply(call, 70);
        }
    }

    private void Handle(string call)
    {
        // A pid's files are reused by a later call with the same pid, so every one is rewritten or removed here.
        var header = File.ReadAllText(call + ".tool", Utf8).Split('\n');
        var (tool, hasStdin) = (header[0], header.ElementAtOrDefault(1) == "yes");
        var argv = File.ReadAllText(call + ".argv", Utf8);
        var args = argv.Length == 0 ? Array.Empty<string>() : argv[..^1].Split('\0');
        var stdin = hasStdin ? File.ReadAllText(call + ".stdin", Utf8) : null;
        File.Delete(call + ".tool");
        File.Delete(call + ".argv");
        File.Delete(call + ".stdin");
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            var at = arg.IndexOf("#file=", StringComparison.Ordinal);
            if (at > 0 && File.Exists(arg[(at + 6)..])) files[arg[..at]] = File.ReadAllText(arg[(at + 6)..], Utf8);
        }

        var (status, stdout, stderr) = _dispatcher.Answer(tool, args, stdin, files);
        lock (_calls) _calls.Add(new FakeHookToolCall(tool, args, stdin, files, status, stdout, stderr));
        File.WriteAllText(call + ".stdout", stdout, Utf8);
        File.WriteAllText(call + ".stderr", stderr, Utf8);
        Reply(call, status);
    }

    private static void Reply(string call, int status)
    {
        // Read-write never blocks on open: a tool killed after announcing itself must not wedge the server.
        using var reply = new FileStream(call + ".reply", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
        reply.Write(Encoding.ASCII.GetBytes(status.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
    }

    private static void MakeFifo(string path)
    {
        // .NET has no mkfifo; the POSIX utility is always there where /bin/sh is.
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { "-m", "600", path }, UseShellExecute = false })
            ?? throw new InvalidOperationException("cannot run mkfifo");
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0) throw new InvalidOperationException($"mkfifo {path} failed with exit status {mkfifo.ExitCode}");
    }
}
