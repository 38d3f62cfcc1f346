using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Charms;

/// <summary>
/// The action being run (<c>action-get</c>, <c>action-set</c>, <c>action-fail</c>, <c>action-log</c>).
/// Outside an action every member throws <see cref="NotInActionException"/>, as the tools do.
/// </summary>
public sealed class CharmAction
{
    private readonly IJujuBackend _backend;
    private IReadOnlyDictionary<string, WireValue>? _params;

    internal CharmAction(IJujuBackend backend) => _backend = backend;

    /// <summary>The action's name, e.g. <c>rotate-password</c>.</summary>
    /// <exception cref="NotInActionException">Not running an action.</exception>
    public string Name => _backend.Hook.ActionName ?? throw new NotInActionException("action-get");

    /// <summary>The action run's id, or null when Juju gave none.</summary>
    public string? Id => _backend.Hook.ActionId;

    /// <summary>The parameters, with the defaults Juju filled in.</summary>
    /// <exception cref="NotInActionException">Not running an action.</exception>
    public IReadOnlyDictionary<string, WireValue> Params
    {
        get
        {
            Check("action-get");
            return _params ??= _backend.ActionGet();
        }
    }

    /// <summary>A string parameter, or null when absent.</summary>
    public string? GetString(string name) => Param(name)?.AsString();

    /// <summary>An integer parameter, or null when absent.</summary>
    public long? GetInt(string name) => Param(name) is { } v ? (long)v.AsInteger() : null;

    /// <summary>A boolean parameter, or null when absent.</summary>
    public bool? GetBool(string name) => Param(name)?.AsBoolean();

    /// <summary>A number parameter, or null when absent (a whole number reads as a float too).</summary>
    public double? GetFloat(string name) =>
        Param(name) is { } v ? (v.Kind == WireValueKind.Integer ? (double)v.AsInteger() : v.AsFloat()) : null;

    /// <summary>Adds results (<c>action-set</c>); a dotted key nests, e.g. <c>user.name</c>.</summary>
    public void SetResults(IReadOnlyDictionary<string, string> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Check("action-set");
        _backend.ActionSet(results);
    }

    /// <summary>Adds one result (<c>action-set key=value</c>).</summary>
    public void SetResult(string key, string value) => SetResults(new Dictionary<string, string>(StringComparer.Ordinal) { [key] = value });

    /// <summary>
    /// Marks the action failed with <paramref name="message"/> (<c>action-fail</c>). The hook still
    /// succeeds: its other writes and the results set so far are kept.
    /// </summary>
    public void Fail(string message)
    {
        Check("action-fail");
        _backend.ActionFail(message ?? "");
    }

    /// <summary>Reports progress to whoever runs the action (<c>action-log</c>).</summary>
    public void Log(string message)
    {
        Check("action-log");
        _backend.ActionLog(message ?? "");
    }

    private WireValue? Param(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Params.TryGetValue(name, out var value) && !value.IsNull ? value : null;
    }

    private void Check(string tool)
    {
        if (!_backend.Hook.IsAction) throw new NotInActionException(tool);
    }
}
