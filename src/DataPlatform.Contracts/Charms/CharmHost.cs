using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Charms;

/// <summary>
/// What a C# charm's <c>Main</c> builds: the backend of the current hook, the charm's metadata, and
/// the observers its relation handlers registered. <see cref="Dispatch"/> runs the observers of the
/// current hook; an exception fails the hook, and Juju then discards all of its writes.
/// </summary>
/// <remarks>
/// During <see cref="Dispatch"/> the host holds the hook's databag writes and sends them once, per
/// bag, when every observer succeeded; reads in the hook see them at once (docs/hook-cost.md).
/// </remarks>
public sealed class CharmHost
{
    private readonly Dictionary<string, List<Action<HookContext>>> _observers = new(StringComparer.Ordinal);
    private readonly HookUnitOfWork _work;

    /// <summary>Creates the host of one hook run.</summary>
    public CharmHost(IJujuBackend backend, CharmMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(backend);
        Backend = _work = new HookUnitOfWork(backend);
        Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        Unit = new CharmUnit(backend);
        App = new CharmApp(backend);
        Config = new CharmConfig(backend, metadata);
        Action = new CharmAction(backend);
    }

    /// <summary>Juju, as this unit sees it during this hook (databags through the hook's unit of work).</summary>
    public IJujuBackend Backend { get; }

    /// <summary>The hook's unit of work: databags read once, written once, decoded keys held decoded.</summary>
    internal HookUnitOfWork Work => _work;

    /// <summary>The charm's metadata.</summary>
    public CharmMetadata Metadata { get; }

    /// <summary>The hook being run.</summary>
    public HookContext Hook => Backend.Hook;

    /// <summary>The unit running the hook: <c>host.Unit.SetStatus(WorkloadStatus.Active, "ready")</c>.</summary>
    public CharmUnit Unit { get; }

    /// <summary>The unit's application: its status, set by the leader only.</summary>
    public CharmApp App { get; }

    /// <summary>The charm's config options, typed, with the metadata's defaults.</summary>
    public CharmConfig Config { get; }

    /// <summary>The action being run: its parameters, results, failure and log. Outside an action its members throw <see cref="NotInActionException"/>.</summary>
    public CharmAction Action { get; }

    /// <summary>
    /// Runs <paramref name="handler"/> when action <paramref name="actionName"/> is run (hook name
    /// <c>&lt;action&gt;-action</c>, see <see cref="HookContext.ForAction"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The metadata declares no such action (a typo would otherwise never run).</exception>
    public void ObserveAction(string actionName, Action<CharmAction> handler)
    {
        ArgumentNullException.ThrowIfNull(actionName);
        ArgumentNullException.ThrowIfNull(handler);
        if (Metadata.Action(actionName) is null) throw new ArgumentException($"the charm's metadata declares no action '{actionName}'", nameof(actionName));
        Observe(actionName + HookContext.ActionSuffix, _ => handler(Action));
    }

    /// <summary>Runs <paramref name="observer"/> when hook <paramref name="hookName"/> is dispatched, after earlier observers.</summary>
    public void Observe(string hookName, Action<HookContext> observer)
    {
        ArgumentNullException.ThrowIfNull(hookName);
        ArgumentNullException.ThrowIfNull(observer);
        if (!_observers.TryGetValue(hookName, out var list)) _observers[hookName] = list = new List<Action<HookContext>>();
        list.Add(observer);
    }

    /// <summary>
    /// Runs the observers of the current hook, in registration order, then sends the databag writes
    /// they made; when one throws, nothing they wrote is sent.
    /// </summary>
    public void Dispatch()
    {
        if (!_observers.TryGetValue(Hook.Name, out var list)) return;
        _work.Begin();
        try
        {
            foreach (var observer in list.ToArray()) observer(Hook);
        }
        catch
        {
            _work.Discard();
            throw;
        }
        _work.Commit();
    }
}
