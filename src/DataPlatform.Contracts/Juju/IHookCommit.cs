namespace DataPlatform.Contracts.Juju;

/// <summary>
/// A backend that holds some of a hook's writes until the charm has finished (e.g. the hook-tool
/// backend batching <c>relation-set</c>). <see cref="Charms.JujuCharm"/> calls <see cref="Flush"/>
/// once, only after the hook's observers all succeeded; a failed hook never flushes, so the
/// process exits non-zero and Juju discards what was sent.
/// </summary>
public interface IHookCommit
{
    /// <summary>Sends what the hook still holds.</summary>
    void Flush();
}
