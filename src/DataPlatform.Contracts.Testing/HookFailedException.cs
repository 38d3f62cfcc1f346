namespace DataPlatform.Contracts.Testing;

/// <summary>A hook run by the <see cref="RelationSimulator"/> failed (the error is the inner exception).</summary>
public sealed class HookFailedException : Exception
{
    /// <summary>Creates the exception for <paramref name="run"/>.</summary>
    public HookFailedException(HookRun run)
        : base($"{run.Unit} failed {run.Hook.Name}: {run.Result.Error?.Message}", run.Result.Error) => Run = run;

    /// <summary>The failed run.</summary>
    public HookRun Run { get; }
}
