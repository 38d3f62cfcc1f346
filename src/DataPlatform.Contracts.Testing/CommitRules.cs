using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.State;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// What Juju checks only when it applies a successful hook's changes (docs/hook-tools.md#commit): the
/// failures the tools deferred, and owner labels unique per owner (application or unit).
/// </summary>
internal static class CommitRules
{
    /// <summary>The error that fails the commit of <paramref name="backend"/>'s changes, or null.</summary>
    public static JujuException? Check(UnitBackend backend)
    {
        if (backend.CommitFailures.Count > 0) return backend.CommitFailures[0];
        var duplicate = backend.Working.Secrets.Values
            .Where(s => s.OwnerLabel is not null)
            .GroupBy(s => (Owner: s.OwnerUnit ?? s.OwnerApp, Label: s.OwnerLabel!))
            .FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? null
            : new JujuException("secret-add", $"cannot apply changes: creating secrets: secret with label \"{duplicate.Key.Label}\" already exists");
    }

    /// <summary>Applies the rules to a finished hook: the state to keep and the hook's result.</summary>
    public static (ModelState State, HookResult Result) Finish(ModelState committed, UnitBackend backend, Exception? charmError)
    {
        var error = charmError ?? Check(backend);
        return error is null
            ? (backend.Working, new HookResult(true, null, backend.Logs.ToArray()))
            : (committed, new HookResult(false, error, backend.Logs.ToArray()));
    }
}
