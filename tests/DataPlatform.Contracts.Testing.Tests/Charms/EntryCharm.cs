using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing.Tests.Charms;

/// <summary>
/// The db charm as its Main builds it: observers of a few hooks and the <c>rotate</c> action,
/// writing what they saw where a test can read it back. <see cref="Seen"/> records each hook context.
/// </summary>
internal sealed class EntryCharm
{
    public const string SecretValueInError = "s3cr3t-in-an-inner-exception";

    public EntryCharm(CharmHost host, List<HookContext> seen)
    {
        host.Observe("database-relation-created", hook =>
        {
            seen.Add(hook);
            host.Backend.RelationSet(hook.RelationId!.Value, new Dictionary<string, string> { ["created"] = "yes" }, app: true);
        });
        host.Observe("database-relation-changed", hook =>
        {
            seen.Add(hook);
            var remote = host.Backend.RelationGet(hook.RelationId!.Value, hook.RemoteUnit!);
            host.Backend.RelationSet(hook.RelationId.Value, new Dictionary<string, string> { ["echo"] = remote.GetValueOrDefault("want", "-") }, app: false);
            host.Unit.SetStatus(WorkloadStatus.Active, "serving " + remote.GetValueOrDefault("want", "-"));
            if (remote.ContainsKey("explode"))
            {
                throw new InvalidOperationException("cannot configure the server", new FormatException("password " + SecretValueInError));
            }
        });
        host.Observe("secret-changed", hook =>
        {
            seen.Add(hook);
            var content = host.Backend.SecretGet(hook.SecretId, hook.SecretLabel, SecretRead.Refresh);
            host.Unit.SetStatus(WorkloadStatus.Active, "secret keys: " + string.Join(",", content.Keys.Order(StringComparer.Ordinal)));
        });
        host.ObserveAction("rotate", action =>
        {
            seen.Add(host.Hook);
            action.Log("rotating");
            if (action.GetString("user") == "nobody")
            {
                host.Unit.SetStatus(WorkloadStatus.Blocked, "no such user");
                action.Fail("no user nobody");
                return;
            }

            action.SetResults(new Dictionary<string, string>
            {
                ["user"] = action.GetString("user")!,
                ["length"] = action.GetInt("length")!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        });
    }
}
