using DataPlatform.Contracts.Juju.HookTools;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>One recorded tool call; <see cref="Files"/> holds what each <c>key#file=</c> file held, and its mode, while the tool ran.</summary>
internal sealed record RecordedCall(string Tool, IReadOnlyList<string> Args, string? Stdin, IReadOnlyDictionary<string, (string Content, UnixFileMode Mode, UnixFileMode FolderMode)> Files)
{
    public string[] Argv => [Tool, .. Args];
}

/// <summary>
/// An <see cref="IHookToolRunner"/> that records every call and answers from a script keyed by
/// tool name (the last answer repeats); tools without a script answer exit 0 and no output.
/// </summary>
internal sealed class FakeHookToolRunner : IHookToolRunner
{
    private readonly Dictionary<string, Queue<HookToolResult>> _answers = new(StringComparer.Ordinal);

    public List<RecordedCall> Calls { get; } = new();

    public FakeHookToolRunner Answer(string tool, string stdout, int exitStatus = 0, string stderr = "")
    {
        if (!_answers.TryGetValue(tool, out var queue)) _answers[tool] = queue = new Queue<HookToolResult>();
        queue.Enqueue(new HookToolResult(exitStatus, stdout, stderr));
        return this;
    }

    public FakeHookToolRunner Fail(string tool, int exitStatus, string stderr) => Answer(tool, "", exitStatus, stderr);

    public HookToolResult Run(string tool, IReadOnlyList<string> args, string? stdin)
    {
        var files = new Dictionary<string, (string, UnixFileMode, UnixFileMode)>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            var at = arg.IndexOf("#file=", StringComparison.Ordinal);
            if (at < 0) continue;
            var path = arg[(at + "#file=".Length)..];
            files[arg[..at]] = OperatingSystem.IsWindows()
                ? (File.ReadAllText(path), default, default)
                : (File.ReadAllText(path), File.GetUnixFileMode(path), File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        }

        Calls.Add(new RecordedCall(tool, args.ToArray(), stdin, files));
        if (!_answers.TryGetValue(tool, out var queue) || queue.Count == 0) return new HookToolResult(0, "", "");
        return queue.Count > 1 ? queue.Dequeue() : queue.Peek();
    }
}
