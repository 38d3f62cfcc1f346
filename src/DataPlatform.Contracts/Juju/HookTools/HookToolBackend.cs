using System.Globalization;

namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>
/// The production <see cref="IJujuBackend"/>: every member runs Juju's hook tool for it as a child
/// process through an <see cref="IHookToolRunner"/>, with the argv of ops 3.x and
/// <c>--format=json</c> (docs/hook-tools.md#tools), and turns Juju's errors into typed exceptions
/// (1.3). Members a Juju older than <see cref="Version"/> lacks fail with
/// <see cref="JujuVersionException"/> before any tool runs.
/// </summary>
/// <remarks>
/// <para>
/// A tool call costs a process start, so within the hook each databag and each secret is read at
/// most once (later reads are served from memory; the unit's own bags include its pending
/// writes), leadership, relation ids and members, config and action parameters likewise.
/// </para>
/// <para>
/// <see cref="RelationSet"/> only records changes. Call <see cref="Flush"/> once the hook's work
/// succeeded: it sends one <c>relation-set</c> per changed databag, leaving out changes that set
/// what the bag already holds. When the hook fails, skip <see cref="Flush"/> and exit non-zero:
/// Juju discards every write of a failed hook anyway. Secrets, status and action results go to
/// Juju at once (Juju buffers them itself until the hook ends). Not thread-safe: one hook, one thread.
/// </para>
/// </remarks>
public sealed partial class HookToolBackend : IJujuBackend, IHookCommit
{
    // ops splits juju-log messages at this length (MAX_LOG_LINE_LEN).
    private const int MaxLogLine = 131071;
    private static readonly TimeSpan LeaseRenewal = TimeSpan.FromSeconds(30);

    private readonly IHookToolRunner _runner;
    private readonly string? _modelUuid;
    private bool? _leader;
    private long _leaderAskedAt;

    /// <summary>
    /// Creates the backend of one hook: <paramref name="unitName"/> from <c>JUJU_UNIT_NAME</c>,
    /// <paramref name="modelUuid"/> from <c>JUJU_MODEL_UUID</c> (completes bare secret ids),
    /// <paramref name="version"/> from <c>JUJU_VERSION</c>; <paramref name="runner"/> defaults to
    /// <see cref="ProcessHookToolRunner"/> over this process's <c>PATH</c>.
    /// </summary>
    public HookToolBackend(string unitName, string? modelUuid, HookContext hook, JujuVersion version, IHookToolRunner? runner = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitName);
        var slash = unitName.IndexOf('/');
        if (slash <= 0 || slash == unitName.Length - 1) throw new ArgumentException($"\"{unitName}\" is not a unit name (app/N)", nameof(unitName));
        UnitName = unitName;
        AppName = unitName[..slash];
        _modelUuid = string.IsNullOrEmpty(modelUuid) ? null : modelUuid;
        Hook = hook ?? throw new ArgumentNullException(nameof(hook));
        Version = version ?? throw new ArgumentNullException(nameof(version));
        _runner = runner ?? new ProcessHookToolRunner();
        if (hook.RelationId is { } id && hook.RelationName is { } endpoint) _endpoints[id] = endpoint;
    }

    /// <inheritdoc />
    public string UnitName { get; }

    /// <inheritdoc />
    public string AppName { get; }

    /// <inheritdoc />
    public HookContext Hook { get; }

    /// <summary>The running Juju, which decides what may be asked.</summary>
    public JujuVersion Version { get; }

    /// <summary>How many hook tools this backend has run so far.</summary>
    public int ToolCalls { get; private set; }

    /// <inheritdoc />
    /// <remarks>
    /// A <c>true</c> answer holds for Juju's 30 s leadership lease, so it is asked again only after
    /// that; a <c>false</c> one holds for the hook (leadership is gained in a later <c>leader-elected</c>).
    /// </remarks>
    public bool IsLeader()
    {
        var now = Environment.TickCount64;
        if (_leader is { } known && (!known || now - _leaderAskedAt < LeaseRenewal.TotalMilliseconds)) return known;
        string[] args = ["--format=json"];
        _leader = HookToolAnswers.Bool("is-leader", "leadership", Call("is-leader", args, null, default));
        _leaderAskedAt = now;
        return _leader.Value;
    }

    /// <inheritdoc />
    public void Log(JujuLogLevel level, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = level switch
        {
            JujuLogLevel.Debug => "DEBUG",
            JujuLogLevel.Info => "INFO",
            JujuLogLevel.Warning => "WARNING",
            _ => "ERROR",
        };
        var start = 0;
        do
        {
            Call("juju-log", ["--log-level", name, "--", message.Substring(start, Math.Min(MaxLogLine, message.Length - start))], null, default);
            start += MaxLogLine;
        }
        while (start < message.Length);
    }

    /// <summary>Runs a tool; a non-zero exit becomes the typed error for <paramref name="subject"/>.</summary>
    private string Call(string tool, IReadOnlyList<string> args, string? stdin, CallSubject subject)
    {
        ToolCalls++;
        var result = _runner.Run(tool, args, stdin);
        if (result.ExitStatus != 0) throw HookToolErrors.Classify(tool, args, result, subject);
        return result.Stdout;
    }

    private void Require(string tool, string feature, JujuVersion needed)
    {
        if (Version < needed) throw new JujuVersionException(tool, feature, needed, Version);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
