namespace Charms.Provider;

/// <summary>The database the charm operates; a real charm talks to PostgreSQL here.</summary>
public interface IDatabaseServer
{
    /// <summary>Comma-separated <c>host:port</c> endpoints.</summary>
    string Endpoints { get; }

    /// <summary>The server version, e.g. <c>16.4</c>.</summary>
    string Version { get; }

    /// <summary>Creates a database and a user for it.</summary>
    DatabaseUser CreateUser(string database, int relationId);

    /// <summary>A new password for the user created for <paramref name="requestId"/>.</summary>
    string RotatePassword(string requestId);
}

/// <summary>A user the server created.</summary>
public sealed record DatabaseUser(string Name, string Password, string ReplicationPassword);
