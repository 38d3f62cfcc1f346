using Charms.Provider;

namespace Demo;

/// <summary>The database the provider charm operates, in memory: users and passwords it hands out.</summary>
public sealed class FakeDatabaseServer : IDatabaseServer
{
    private int _passwords;

    public string Endpoints => "10.0.0.1:5432";

    public string Version => "16.4";

    /// <summary>Every password handed out, so the demo can prove none of them is printed.</summary>
    public List<string> Issued { get; } = new();

    public DatabaseUser CreateUser(string database, int relationId) =>
        new($"relation_{relationId}_{database}", NewPassword(), NewPassword());

    public string RotatePassword(string requestId) => NewPassword();

    private string NewPassword()
    {
        var password = $"pw-{++_passwords:D2}-{Guid.NewGuid():N}";
        Issued.Add(password);
        return password;
    }
}
