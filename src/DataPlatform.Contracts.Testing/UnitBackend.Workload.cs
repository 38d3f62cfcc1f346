using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Testing;

/// <summary>Status, config and actions of <see cref="UnitBackend"/>, with the tools' rules and errors.</summary>
internal sealed partial class UnitBackend
{
    // Juju keeps these keys for the action's own output.
    private static readonly string[] ReservedResultKeys = { "stdout", "stdout-encoding", "stderr", "stderr-encoding" };

    /// <summary>The action being run, or null in a hook.</summary>
    public ActionRun? Action { get; }

    public void StatusSet(WorkloadStatus status, string message, bool application)
    {
        if (application && !IsLeader()) throw new NotLeaderException("status-set", "application status");
        _state = _state.WithStatus(application ? AppName : UnitName, new StatusView(status, message ?? ""));
    }

    public IReadOnlyDictionary<string, WireValue> ConfigGet() => _state.Apps[AppName].EffectiveConfig();

    public IReadOnlyDictionary<string, WireValue> ActionGet() => Running("action-get").Params;

    public void ActionSet(IReadOnlyDictionary<string, string> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var action = Running("action-set");
        foreach (var key in results.Keys)
        {
            if (!IsResultKey(key))
            {
                throw new JujuException("action-set", $"key \"{key}\" must start and end with lowercase alphanumeric, and contain only lowercase alphanumeric, hyphens and periods");
            }

            if (ReservedResultKeys.Contains(key.Split('.')[0])) throw new JujuException("action-set", $"cannot set reserved action key \"{key}\"");
        }

        foreach (var (key, value) in results) action.Results[key] = value;
    }

    public void ActionFail(string message)
    {
        var action = Running("action-fail");
        action.FailCalled = true;
        action.FailureMessage = message;
    }

    public void ActionLog(string message) => Running("action-log").Logs.Add(message ?? "");

    private ActionRun Running(string tool) => Action ?? throw new NotInActionException(tool);

    private static bool IsResultKey(string key) =>
        key.Split('.').All(part => part.Length > 0 && IsAlphanumeric(part[0]) && IsAlphanumeric(part[^1]) && part.All(c => IsAlphanumeric(c) || c == '-'));

    private static bool IsAlphanumeric(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
