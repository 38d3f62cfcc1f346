using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Charms;

/// <summary>The unit running the hook, for its workload status (<c>status-set</c>).</summary>
public sealed class CharmUnit
{
    private readonly IJujuBackend _backend;

    internal CharmUnit(IJujuBackend backend) => _backend = backend;

    /// <summary>The unit, e.g. <c>postgresql/0</c>.</summary>
    public string Name => _backend.UnitName;

    /// <summary>Sets the unit's status and message; Juju shows it once the hook succeeds.</summary>
    public void SetStatus(WorkloadStatus status, string message = "") => _backend.StatusSet(status, message ?? "", application: false);
}

/// <summary>The unit's application, for its status (<c>status-set --application</c>, leader only).</summary>
public sealed class CharmApp
{
    private readonly IJujuBackend _backend;

    internal CharmApp(IJujuBackend backend) => _backend = backend;

    /// <summary>The application, e.g. <c>postgresql</c>.</summary>
    public string Name => _backend.AppName;

    /// <summary>Sets the application's status and message.</summary>
    /// <exception cref="NotLeaderException">This unit is not the leader (checked here, as Juju would refuse it).</exception>
    public void SetStatus(WorkloadStatus status, string message = "")
    {
        if (!_backend.IsLeader()) throw new NotLeaderException("status-set", "application status");
        _backend.StatusSet(status, message ?? "", application: true);
    }
}
