using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>Status, config and the action tools of <see cref="HookToolBackend"/> (docs/charm-process.md#the-process).</summary>
public sealed partial class HookToolBackend
{
    private IReadOnlyDictionary<string, WireValue>? _config;
    private IReadOnlyDictionary<string, WireValue>? _actionParams;

    /// <inheritdoc />
    public void StatusSet(WorkloadStatus status, string message, bool application)
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = status switch
        {
            WorkloadStatus.Active => "active",
            WorkloadStatus.Blocked => "blocked",
            WorkloadStatus.Waiting => "waiting",
            WorkloadStatus.Maintenance => "maintenance",
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        string[] args = application ? ["--application", name, "--", message] : [name, "--", message];
        Call("status-set", args, null, default);
    }

    /// <inheritdoc />
    /// <remarks>Read once per hook: config cannot change while a hook runs.</remarks>
    public IReadOnlyDictionary<string, WireValue> ConfigGet() =>
        _config ??= HookToolAnswers.Object("config-get", "the charm's config", Call("config-get", ["--format=json"], null, default));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, WireValue> ActionGet() =>
        _actionParams ??= HookToolAnswers.Object("action-get", "the action's parameters", Call("action-get", ["--format=json"], null, default));

    /// <inheritdoc />
    /// <remarks>
    /// <c>action-set</c> takes results only as <c>key=value</c> arguments, which other local users
    /// can read in <c>/proc</c> while it runs: return secrets from actions only where that is acceptable.
    /// </remarks>
    public void ActionSet(IReadOnlyDictionary<string, string> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0) return;
        var args = results.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value).ToArray();
        Call("action-set", args, null, default);
    }

    /// <inheritdoc />
    public void ActionFail(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Call("action-fail", ["--", message], null, default);
    }

    /// <inheritdoc />
    public void ActionLog(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Call("action-log", ["--", message], null, default);
    }
}
