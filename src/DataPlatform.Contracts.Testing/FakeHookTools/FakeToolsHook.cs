namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>One hook whose charm reaches its unit's backend through a fake hook tool session.</summary>
internal static class FakeToolsHook
{
    /// <summary>
    /// Opens a session over <paramref name="backend"/>, lets <paramref name="run"/> run the charm with
    /// it and return its exit status, and closes the session. A non-zero status, or whatever
    /// <paramref name="run"/> throws, is the hook's error.
    /// </summary>
    public static (Exception? Error, int ExitStatus, IReadOnlyList<FakeHookToolCall> Calls) Run(
        UnitBackend backend, Func<FakeHookToolsSession, int> run, string jujuVersion, string modelUuid)
    {
        Exception? error = null;
        var status = 1;
        IReadOnlyList<FakeHookToolCall> calls;
        using (var session = new FakeHookToolsSession(backend, jujuVersion, modelUuid))
        {
            try
            {
                status = run(session);
            }
#pragma warning disable CA1031 // Whatever the run throws fails its hook; the test reads it from the result.
            catch (Exception e)
#pragma warning restore CA1031
            {
                error = e;
            }

            calls = session.Calls;
        }

        if (error is null && status != 0) error = new HookExitException(status);
        return (error, error is null ? 0 : status == 0 ? 1 : status, calls);
    }
}
