using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing;

/// <summary>Builds the <see cref="HookContext"/> of the hooks Juju runs, with Juju's hook names.</summary>
public static class Hooks
{
    /// <summary><c>&lt;endpoint&gt;-relation-&lt;kind&gt;</c> (kind: created, joined, changed, departed, broken).</summary>
    public static HookContext Relation(string kind, string endpoint, int relationId, string remoteApp, string? remoteUnit = null) =>
        new($"{endpoint}-relation-{kind}")
        {
            RelationName = endpoint,
            RelationId = relationId,
            RemoteApp = remoteApp,
            RemoteUnit = remoteUnit,
        };

    /// <summary><c>secret-changed</c> for a consumer, with its own label.</summary>
    public static HookContext SecretChanged(string secretId, string? label) =>
        new("secret-changed") { SecretId = secretId, SecretLabel = label };

    /// <summary><c>secret-remove</c> for the owner: a revision no one tracks any more.</summary>
    public static HookContext SecretRemove(string secretId, string? label, int revision) =>
        new("secret-remove") { SecretId = secretId, SecretLabel = label, SecretRevision = revision };

    /// <summary><c>leader-elected</c>.</summary>
    public static HookContext LeaderElected() => new("leader-elected");
}
