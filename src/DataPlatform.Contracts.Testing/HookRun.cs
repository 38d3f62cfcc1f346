using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing;

/// <summary>One hook that the in-memory Juju ran, in the order it ran.</summary>
/// <param name="Sequence">1 for the model's first hook, then 2, 3, ...</param>
/// <param name="Unit">The unit it ran on.</param>
/// <param name="Hook">The hook and its environment.</param>
/// <param name="Result">How it ended.</param>
public sealed record HookRun(int Sequence, string Unit, HookContext Hook, HookResult Result)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var about = Hook.RelationId is { } id ? $" relation={id} app={Hook.RemoteApp} unit={Hook.RemoteUnit ?? "-"}" : "";
        if (Hook.SecretId is not null) about += $" secret={Hook.SecretId} label={Hook.SecretLabel ?? "-"}";
        return $"#{Sequence} {Unit} {Hook.Name}{about} -> {(Result.Committed ? "committed" : "failed: " + Result.Error?.Message)}";
    }
}
