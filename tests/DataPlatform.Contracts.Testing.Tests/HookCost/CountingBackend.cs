using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Testing.Tests.HookCost;

/// <summary>
/// An <see cref="IJujuBackend"/> that counts what the library asks of Juju in one hook: each call by
/// tool and subject (relation and member, secret id or label), so a test can assert that a hook's
/// reads and writes do not grow with what it handles (docs/hook-cost.md). Secret values are never kept.
/// </summary>
internal sealed class CountingBackend(IJujuBackend inner) : IJujuBackend, IHookCommit
{
    private readonly Dictionary<(string Tool, string Subject), int> _calls = new();

    /// <summary>How often <paramref name="tool"/> was called, over every subject.</summary>
    public int Calls(string tool) => _calls.Where(c => c.Key.Tool == tool).Sum(c => c.Value);

    /// <summary>The most calls of <paramref name="tool"/> on one subject (one databag, one secret).</summary>
    public int MostOnOneSubject(string tool) => _calls.Where(c => c.Key.Tool == tool).Select(c => c.Value).DefaultIfEmpty(0).Max();

    public string UnitName => inner.UnitName;

    public string AppName => inner.AppName;

    public HookContext Hook => inner.Hook;

    public bool IsLeader() => inner.IsLeader();

    public IReadOnlyList<int> RelationIds(string endpoint) => Count("relation-ids", endpoint, () => inner.RelationIds(endpoint));

    public IReadOnlyList<string> RelationUnits(int relationId) => inner.RelationUnits(relationId);

    public string RemoteApp(int relationId) => inner.RemoteApp(relationId);

    public IReadOnlyDictionary<string, string> RelationGet(int relationId, string member) =>
        Count("relation-get", $"{relationId}/{member}", () => inner.RelationGet(relationId, member));

    // A write with no changes only asks whether the bag may be written; it is counted apart.
    public void RelationSet(int relationId, IReadOnlyDictionary<string, string> changes, bool app) =>
        Count(changes.Count == 0 ? "relation-set (check)" : "relation-set", $"{relationId}/{(app ? AppName : UnitName)}", () =>
        {
            inner.RelationSet(relationId, changes, app);
            return 0;
        });

    public string SecretAdd(IReadOnlyDictionary<string, string> content, string? label, SecretOwner owner) =>
        Count("secret-add", label ?? "", () => inner.SecretAdd(content, label, owner));

    // Counted under the id when there is one: a read by label that finds nothing, then by id, is one secret.
    public IReadOnlyDictionary<string, string> SecretGet(string? id, string? label, SecretRead mode) =>
        Count("secret-get", id ?? label ?? "", () => inner.SecretGet(id, label, mode));

    public SecretInfo SecretInfoGet(string? id, string? label) => Count("secret-info-get", id ?? label ?? "", () => inner.SecretInfoGet(id, label));

    public void SecretSet(string id, IReadOnlyDictionary<string, string> content) => Count("secret-set", id, () =>
    {
        inner.SecretSet(id, content);
        return 0;
    });

    public void SecretGrant(string id, int relationId) => inner.SecretGrant(id, relationId);

    public void SecretRevoke(string id, int relationId) => inner.SecretRevoke(id, relationId);

    public void SecretRemove(string id, int? revision) => inner.SecretRemove(id, revision);

    public void Log(JujuLogLevel level, string message) => inner.Log(level, message);

    public void StatusSet(WorkloadStatus status, string message, bool application) => inner.StatusSet(status, message, application);

    public IReadOnlyDictionary<string, WireValue> ConfigGet() => inner.ConfigGet();

    public IReadOnlyDictionary<string, WireValue> ActionGet() => inner.ActionGet();

    public void ActionSet(IReadOnlyDictionary<string, string> results) => inner.ActionSet(results);

    public void ActionFail(string message) => inner.ActionFail(message);

    public void ActionLog(string message) => inner.ActionLog(message);

    public void Flush() => ((IHookCommit)inner).Flush();

    private T Count<T>(string tool, string subject, Func<T> call)
    {
        _calls[(tool, subject)] = _calls.GetValueOrDefault((tool, subject)) + 1;
        return call();
    }
}
