namespace MyDatabase.Tests;

/// <summary>A database server that remembers its users and their current passwords.</summary>
internal sealed class RecordingDatabaseServer : IDatabaseServer
{
    public Dictionary<string, string> Passwords { get; } = [];

    public Dictionary<string, string> Databases { get; } = [];

    public void CreateUser(string user, string password, string database)
    {
        Passwords[user] = password;
        Databases[user] = database;
    }

    public void SetPassword(string user, string password)
    {
        if (!Passwords.ContainsKey(user)) throw new InvalidOperationException($"no user {user}");
        Passwords[user] = password;
    }
}
