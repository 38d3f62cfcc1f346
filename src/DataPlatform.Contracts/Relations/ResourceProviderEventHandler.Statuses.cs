using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

public sealed partial class ResourceProviderEventHandler<TRequest>
{
    /// <summary>Raises the status with <paramref name="code"/> from the status schema.</summary>
    /// <exception cref="KeyNotFoundException">The schema does not define the code (or there is no schema).</exception>
    public void RaiseStatus(int relationId, int code)
    {
        if (Options.StatusSchema is null || !Options.StatusSchema.Statuses.TryGetValue(code, out var status))
        {
            throw new KeyNotFoundException($"Status code [{code}] not defined.");
        }
        RaiseStatus(relationId, status);
    }

    /// <summary>Raises <paramref name="status"/>, replacing a status with the same code.</summary>
    /// <exception cref="RelationModelValidationException">The status is incomplete.</exception>
    public void RaiseStatus(int relationId, RelationStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        status.Validate();
        ChangeStatuses(relationId, statuses =>
        {
            statuses[status.Code] = status;
            return true;
        });
    }

    /// <summary>
    /// Resolves the status with <paramref name="code"/>. A code that is not raised is logged and
    /// nothing is written (docs/protocol/statuses.md#provider-api); resolving the last one writes <c>[]</c>.
    /// </summary>
    public void ResolveStatus(int relationId, int code) => ChangeStatuses(relationId, statuses =>
    {
        if (statuses.Remove(code)) return true;
        Juju.Log(JujuLogLevel.Error, $"Status [{code}] has never been raised before.");
        return false;
    });

    /// <summary>Clears every status (the <c>status</c> key is deleted).</summary>
    public void ClearStatuses(int relationId)
    {
        var relation = Relation(relationId);
        if (!Juju.IsLeader())
        {
            Warn(relation, "only the leader unit changes statuses");
            return;
        }
        if (Work.Value(relation.Id, Juju.AppName, WireKeys.Status) is not null) Juju.RelationSet(relation.Id, StatusChange(""), app: true);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<int, RelationStatus> GetStatuses(int relationId) =>
        new Dictionary<int, RelationStatus>(StatusList.Read(Work.Value(Relation(relationId).Id, Juju.AppName, WireKeys.Status)));

    // change says whether it changed anything; nothing is written when it did not. Only the status
    // key is read and written, so raising a status per request leaves the held `data` alone.
    private void ChangeStatuses(int relationId, Func<SortedDictionary<int, RelationStatus>, bool> change)
    {
        var relation = Relation(relationId);
        if (!Juju.IsLeader())
        {
            Warn(relation, "only the leader unit changes statuses");
            return;
        }
        var statuses = StatusList.Read(Work.Value(relation.Id, Juju.AppName, WireKeys.Status));
        if (!change(statuses)) return;
        Juju.RelationSet(relation.Id, StatusChange(StatusList.Text(statuses.Values)), app: true);
    }

    private static Dictionary<string, string> StatusChange(string text) => new(StringComparer.Ordinal) { [WireKeys.Status] = text };
}
