namespace MyClient;

/// <summary>Where the database credentials go: the application this charm operates.</summary>
public interface IApplication
{
    /// <summary>Connects the application to <paramref name="connection"/>, or reconnects it with new settings.</summary>
    void Connect(DatabaseConnection connection);

    /// <summary>Stops using the database: the relation is gone.</summary>
    void Disconnect();
}

/// <summary>What the application needs to reach its database.</summary>
/// <param name="Database">The database name.</param>
/// <param name="Endpoints">Comma-separated <c>host:port</c> endpoints.</param>
/// <param name="Username">The user the database charm created.</param>
/// <param name="Password">Its password, read from the Juju secret the database charm shared.</param>
public sealed record DatabaseConnection(string Database, string Endpoints, string Username, string Password)
{
    /// <summary>Never the password: records print themselves in logs and test failures.</summary>
    public override string ToString() => $"{Username}@{Endpoints}/{Database}";
}
