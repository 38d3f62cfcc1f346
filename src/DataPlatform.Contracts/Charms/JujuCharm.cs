using System.Collections;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Juju.HookTools;

namespace DataPlatform.Contracts.Charms;

/// <summary>
/// The entry point of a C# charm: <c>public static int Main(string[] args) =&gt; JujuCharm.Run(args, host =&gt; new MyCharm(host));</c>.
/// One process runs one hook or action (docs/charm-process.md#the-process): read the environment, load the
/// metadata from the charm directory, build the <see cref="CharmHost"/> and the charm, dispatch,
/// and return the exit status Juju reads.
/// </summary>
/// <remarks>
/// Exit statuses: <see cref="Success"/> when every observer succeeded (also for a hook nothing
/// observes: a no-op, as ops does); <see cref="CharmFailed"/> when the charm threw, after logging
/// the exception's type and message (never values, never a stack) at ERROR through <c>juju-log</c>,
/// so that Juju discards the hook's writes and retries it; <see cref="BadEnvironment"/> when the
/// process was not started like a hook or the metadata is unreadable, with one line on stderr.
/// </remarks>
public static class JujuCharm
{
    /// <summary>The hook succeeded; Juju commits its writes.</summary>
    public const int Success = 0;

    /// <summary>The charm threw; Juju discards the hook's writes and puts the unit in error.</summary>
    public const int CharmFailed = 1;

    /// <summary>The environment or the charm's metadata is missing or garbled.</summary>
    public const int BadEnvironment = 2;

    /// <summary>
    /// Runs the current hook of the process over Juju's hook tools. <paramref name="args"/> is not
    /// read (Juju passes none); the hook comes from the environment, or from argv[0] on Juju before 2.8.
    /// </summary>
    public static int Run(string[] args, Func<CharmHost, object> charm)
    {
        _ = args;
        var argv = Environment.GetCommandLineArgs();
        return Run(ProcessEnvironment(), HookToolBackend, charm, Console.Error, argv.Length > 0 ? argv[0] : null);
    }

    /// <summary>
    /// Runs one hook described by <paramref name="environment"/> (Juju's variables) over the backend
    /// <paramref name="backend"/> builds, and returns the exit status. Testable core of
    /// <see cref="Run(string[], Func{CharmHost, object})"/>; a backend that is an
    /// <see cref="IHookCommit"/> is flushed only when the charm succeeded.
    /// </summary>
    /// <param name="environment">The hook's environment variables.</param>
    /// <param name="backend">Builds Juju as the hook's unit sees it.</param>
    /// <param name="charm">Builds the charm on the host; it registers its observers there.</param>
    /// <param name="errors">Where problems without a backend go (the process' stderr); null for none.</param>
    /// <param name="argv0">The process' argv[0], for Juju before <c>JUJU_DISPATCH_PATH</c>.</param>
    public static int Run(
        IReadOnlyDictionary<string, string> environment,
        Func<HookEnvironment, IJujuBackend> backend,
        Func<CharmHost, object> charm,
        TextWriter? errors = null,
        string? argv0 = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(charm);

        HookEnvironment hook;
        CharmMetadata metadata;
        try
        {
            hook = HookEnvironment.Parse(environment, argv0);
            metadata = CharmMetadata.Load(hook.CharmDir);
        }
        catch (Exception e) when (e is HookEnvironmentException or CharmMetadataException)
        {
            errors?.WriteLine($"ERROR cannot run the charm: {e.Message}");
            return BadEnvironment;
        }

        IJujuBackend juju;
        try
        {
            juju = backend(hook);
        }
#pragma warning disable CA1031 // Whatever stops the backend from starting fails the hook with one line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            errors?.WriteLine($"ERROR cannot reach Juju for {hook.Hook.Name}: {e.GetType().FullName}: {e.Message}");
            return BadEnvironment;
        }

        try
        {
            var host = new CharmHost(juju, metadata);
            GC.KeepAlive(charm(host));
            host.Dispatch();
            (juju as IHookCommit)?.Flush();
            return Success;
        }
#pragma warning disable CA1031 // A charm's exception fails its hook, whatever it is.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Report(juju, errors, $"Uncaught {e.GetType().FullName} in {hook.Hook.Name}: {e.Message}");
            return CharmFailed;
        }
    }

    // juju-log may itself fail (the agent is gone); then stderr, which Juju also keeps, and never recurse.
    private static void Report(IJujuBackend juju, TextWriter? errors, string line)
    {
        try
        {
            juju.Log(JujuLogLevel.Error, line);
        }
#pragma warning disable CA1031
        catch (Exception)
#pragma warning restore CA1031
        {
            errors?.WriteLine("ERROR " + line);
        }
    }

    private static Dictionary<string, string> ProcessEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value) variables[key] = value;
        }

        return variables;
    }

    // The production backend: Juju's hook tools on this process's PATH.
    private static IJujuBackend HookToolBackend(HookEnvironment hook) =>
        new HookToolBackend(hook.UnitName, hook.ModelUuid, hook.Hook, JujuVersion.Parse(hook.JujuVersion));
}
