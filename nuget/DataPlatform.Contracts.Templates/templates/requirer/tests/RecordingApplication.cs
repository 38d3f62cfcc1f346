namespace MyClient.Tests;

/// <summary>An application that remembers what the charm told it, in order.</summary>
internal sealed class RecordingApplication : IApplication
{
    public List<DatabaseConnection?> Calls { get; } = [];

    public DatabaseConnection? Current => Calls.Count > 0 ? Calls[^1] : null;

    public void Connect(DatabaseConnection connection) => Calls.Add(connection);

    public void Disconnect() => Calls.Add(null);
}
