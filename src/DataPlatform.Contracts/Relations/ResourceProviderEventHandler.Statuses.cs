using DataPlatform.Contracts.Juju;
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
        ChangeStatuses(relationId, statuses => statuses[status.Code] = status);
    }

    /// <summary>Resolves the status with <paramref name="code"/>; an unknown code is logged and ignored.</summary>
    public void ResolveStatus(int relationId, int code) => ChangeStatuses(relationId, statuses =>
    {
        if (!statuses.Remove(code)) Juju.Log(JujuLogLevel.Error, $"Status [{code}] has never been raised before.");
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
        var local = relation.LocalAppData();
        local.Remove(WireKeys.Status);
        relation.WriteLocalApp(local);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<int, RelationStatus> GetStatuses(int relationId) => StatusesIn(Relation(relationId).LocalAppData());

    private void ChangeStatuses(int relationId, Action<SortedDictionary<int, RelationStatus>> change)
    {
        var relation = Relation(relationId);
        if (!Juju.IsLeader())
        {
            Warn(relation, "only the leader unit changes statuses");
            return;
        }
        var local = relation.LocalAppData();
        var statuses = StatusList.Read(local);
        change(statuses);
        StatusList.Write(local, statuses.Values);
        relation.WriteLocalApp(local);
    }
}
