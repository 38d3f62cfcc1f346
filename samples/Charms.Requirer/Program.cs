using DataPlatform.Contracts.Charms;

namespace Charms.Requirer;

/// <summary>The charm's entry point: Juju runs it, as the charm's <c>dispatch</c>, once per hook and action.</summary>
public static class Program
{
    /// <summary>Runs the hook or action of this process and returns the exit status Juju reads.</summary>
    public static int Main(string[] args) => JujuCharm.Run(args, Charm);

    /// <summary>Builds the charm on the host of one hook; tests build it this way in process.</summary>
    public static object Charm(CharmHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new RequirerCharm(host, new UnitApplication(host), Databases(host.Config));
    }

    // The databases option: comma-separated names, one request each, in the order given.
    private static string[] Databases(CharmConfig config) =>
        (config.GetString("databases") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
