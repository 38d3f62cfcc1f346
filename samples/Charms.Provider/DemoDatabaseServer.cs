using System.Security.Cryptography;
using DataPlatform.Contracts.Charms;

namespace Charms.Provider;

/// <summary>
/// The database of the packed demo charm, which has no workload: users are named after their
/// relation and database, passwords are drawn from the system's random number generator, and the
/// endpoints are the <c>endpoints</c> config option. A real charm creates the users in PostgreSQL.
/// </summary>
public sealed class DemoDatabaseServer : IDatabaseServer
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private readonly CharmConfig _config;

    /// <summary>A server whose endpoints come from <paramref name="config"/>.</summary>
    public DemoDatabaseServer(CharmConfig config) => _config = config;

    /// <inheritdoc />
    public string Endpoints => _config.GetString("endpoints") ?? throw new InvalidOperationException("the endpoints config option has no value");

    /// <inheritdoc />
    public string Version => "16.4";

    /// <inheritdoc />
    public DatabaseUser CreateUser(string database, int relationId) =>
        new($"relation_{relationId}_{database}", NewPassword(), NewPassword());

    /// <inheritdoc />
    public string RotatePassword(string requestId) => NewPassword();

    private static string NewPassword() => RandomNumberGenerator.GetString(Alphabet, 32);
}
