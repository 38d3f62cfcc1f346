using DataPlatform.Contracts.Charms;

namespace MyClient;

/// <summary>The charm's entry point: Juju runs it, as <c>dispatch</c>, once per hook and action.</summary>
public static class Program
{
    /// <summary>Runs the hook or action of this process and returns the exit status Juju reads.</summary>
    public static int Main(string[] args) => JujuCharm.Run(args, Charm);

    /// <summary>Builds the charm on the host of one hook; the tests build it the same way.</summary>
    public static object Charm(CharmHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new MyClientCharm(host, new StatusApplication(host));
    }
}
