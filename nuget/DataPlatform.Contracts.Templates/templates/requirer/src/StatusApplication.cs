using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;

namespace MyClient;

/// <summary>
/// The application as this charm ships: it records what it would configure in the charm's log,
/// never the password. Replace it with the code that writes your application's configuration
/// (file mode 0600: it holds the password) and restarts it.
/// </summary>
public sealed class StatusApplication(CharmHost host) : IApplication
{
    /// <inheritdoc />
    public void Connect(DatabaseConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        host.Backend.Log(JujuLogLevel.Info, $"configured to use {connection}");
    }

    /// <inheritdoc />
    public void Disconnect() => host.Backend.Log(JujuLogLevel.Info, "database configuration removed");
}
