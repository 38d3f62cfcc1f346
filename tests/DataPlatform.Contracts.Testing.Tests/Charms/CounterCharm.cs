using DataPlatform.Contracts.Charms;
using System.Globalization;

namespace DataPlatform.Contracts.Testing.Tests.Charms;

/// <summary>A badly behaved charm: bumps a counter in its unit databag on every relation-changed, so two of them never settle.</summary>
internal sealed class CounterCharm
{
    public CounterCharm(CharmHost host)
    {
        var juju = host.Backend;
        host.Observe("database-relation-created", hook =>
            juju.RelationSet(hook.RelationId!.Value, new Dictionary<string, string> { ["counter"] = "0" }, app: false));
        host.Observe("database-relation-changed", hook =>
        {
            var id = hook.RelationId!.Value;
            var count = int.Parse(juju.RelationGet(id, juju.UnitName).GetValueOrDefault("counter", "0"), CultureInfo.InvariantCulture);
            juju.RelationSet(id, new Dictionary<string, string> { ["counter"] = (count + 1).ToString(CultureInfo.InvariantCulture) }, app: false);
        });
    }
}
