using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;

namespace MyDatabase;

/// <summary>
/// The database server as this charm ships: it records in the charm's log what it would do,
/// never a password. Replace it with your server's client (SQL, an admin API, a CLI).
/// </summary>
public sealed class LoggedDatabaseServer(CharmHost host) : IDatabaseServer
{
    /// <inheritdoc />
    public void CreateUser(string user, string password, string database) =>
        host.Backend.Log(JujuLogLevel.Info, $"create user {user} owning database {database}");

    /// <inheritdoc />
    public void SetPassword(string user, string password) =>
        host.Backend.Log(JujuLogLevel.Info, $"new password for user {user}");
}
