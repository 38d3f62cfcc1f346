using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing.Tests.Charms;

/// <summary>
/// A database and its client, talking a miniature of the data_interfaces protocol: the client asks
/// for a database in its app databag; the database creates a credentials secret, grants it and
/// publishes its id and the endpoints; the client reads it with a consumer label.
/// </summary>
internal sealed class DatabaseProviderCharm
{
    public const string UserLabel = "database.user";

    public DatabaseProviderCharm(CharmHost host)
    {
        var juju = host.Backend;
        host.Observe("database-relation-changed", hook =>
        {
            if (!juju.IsLeader()) return;
            var id = hook.RelationId!.Value;
            var request = juju.RelationGet(id, hook.RemoteApp!);
            if (!request.ContainsKey("database") || juju.RelationGet(id, juju.AppName).ContainsKey("secret-user")) return;
            var secret = juju.SecretAdd(new Dictionary<string, string> { ["username"] = "relation-" + id, ["password"] = "pw-1" }, UserLabel, SecretOwner.Application);
            juju.SecretGrant(secret, id);
            juju.RelationSet(id, new Dictionary<string, string> { ["secret-user"] = secret, ["endpoints"] = "10.0.0.1:5432" }, app: true);
        });
        host.Observe("rotate-password", _ =>
        {
            var content = juju.SecretGet(null, UserLabel, SecretRead.Peek);
            juju.SecretSet(juju.SecretInfoGet(null, UserLabel).Id, new Dictionary<string, string>(content) { ["password"] = "pw-2" });
        });
    }
}

/// <summary>The client of <see cref="DatabaseProviderCharm"/>.</summary>
internal sealed class DatabaseRequirerCharm
{
    public const string ConsumerLabel = "database.0.user";

    public DatabaseRequirerCharm(CharmHost host)
    {
        var juju = host.Backend;
        host.Observe("database-relation-created", hook =>
        {
            if (juju.IsLeader()) juju.RelationSet(hook.RelationId!.Value, new Dictionary<string, string> { ["database"] = "mydb" }, app: true);
        });
        host.Observe("database-relation-changed", hook =>
        {
            var remote = juju.RelationGet(hook.RelationId!.Value, hook.RemoteApp!);
            if (!remote.TryGetValue("secret-user", out var secretId)) return;
            var user = juju.SecretGet(secretId, ConsumerLabel, SecretRead.Tracked);
            juju.Log(JujuLogLevel.Info, $"connected as {user["username"]}");
        });
        host.Observe("secret-changed", hook =>
        {
            juju.SecretGet(null, hook.SecretLabel, SecretRead.Refresh);
            juju.Log(JujuLogLevel.Info, $"secret-changed {hook.SecretLabel}");
        });
    }
}
