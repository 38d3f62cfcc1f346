using DataPlatform.Contracts.Charms;

namespace DataPlatform.Contracts.Testing;

/// <summary>Applications whose charm runs as a real process, hook by hook, through fake hook tools.</summary>
public sealed partial class InMemoryJuju
{
    /// <summary>
    /// Deploys <paramref name="appName"/> from a charm that runs as a process
    /// (<see cref="CharmProcess"/>), with the metadata of its charm directory. Every hook and action
    /// of its units, however it is started (<see cref="RunHook"/>, <see cref="RunAction"/>,
    /// <see cref="Configure"/>, <see cref="RelationSimulator"/>), starts the process with the hook's
    /// environment and fake hook tools; exit 0 commits the hook's writes, anything else discards
    /// them. Each hook's tool calls and output are in its <see cref="HookResult"/>.
    /// </summary>
    /// <exception cref="CharmMetadataException">The charm directory has no readable metadata.</exception>
    public AppHandle Deploy(string appName, CharmProcess charm, int units = 1)
    {
        ArgumentNullException.ThrowIfNull(charm);
        var handle = Deploy(appName, CharmMetadata.Load(charm.CharmDirectory), InProcessOnly, units);
        State = State with { Apps = State.Apps.SetItem(appName, State.Apps[appName] with { Process = charm }) };
        return handle;
    }

    // The factory of an application deployed as a process: only RunCharmThroughTools, which runs charms in this process, reaches it.
    private static object InProcessOnly(CharmHost host) =>
        throw new InvalidOperationException($"{host.App.Name} runs as a process; use RunHook, not RunCharmThroughTools");
}
