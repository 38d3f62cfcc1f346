using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Relations;

namespace Charms.Provider;

/// <summary>The charm's entry point: Juju runs it, as the charm's <c>dispatch</c>, once per hook and action.</summary>
public static class Program
{
    /// <summary>Runs the hook or action of this process and returns the exit status Juju reads.</summary>
    public static int Main(string[] args) => JujuCharm.Run(args, Charm);

    /// <summary>Builds the charm on the host of one hook; tests build it this way in process.</summary>
    public static object Charm(CharmHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new ProviderCharm(host, new DemoDatabaseServer(host.Config), Schema);
    }

    // The status schema travels inside the binary, so the packed charm needs no file beside dispatch.
    private static StatusSchema Schema
    {
        get
        {
            using var stream = typeof(Program).Assembly.GetManifestResourceStream("status-schema.json")
                ?? throw new InvalidOperationException("status-schema.json is not embedded in the charm");
            using var reader = new StreamReader(stream);
            return StatusSchema.Parse(reader.ReadToEnd());
        }
    }
}
