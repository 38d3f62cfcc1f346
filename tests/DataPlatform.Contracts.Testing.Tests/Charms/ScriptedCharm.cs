using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing.Tests.Charms;

/// <summary>A charm whose observers are whatever the test scripted, hook name → action.</summary>
internal sealed class ScriptedCharm
{
    public ScriptedCharm(CharmHost host, IReadOnlyDictionary<string, Action<IJujuBackend, HookContext>> script)
    {
        foreach (var (hook, action) in script) host.Observe(hook, context => action(host.Backend, context));
    }
}
