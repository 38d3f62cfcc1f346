using Charms.Requirer;

namespace Demo;

/// <summary>The application a requirer charm configures; prints what it would do, never a password.</summary>
public sealed class DemoApplication : IApplicationConfig
{
    private readonly TextWriter _out;

    public DemoApplication(TextWriter output) => _out = output;

    public string? AuditToken => "audit-token-of-the-app";

    public string SaltFor(string database) => (database + "SALT0000000000000")[..16].Replace('-', 'x');

    public void Connect(string database, string? endpoints, string? username, string? password) =>
        _out.WriteLine($"      app: connect to {database} at {endpoints} as {username} (password {(password is null ? "missing" : "***")})");

    public void UseReadOnly(string database, string? endpoints) =>
        _out.WriteLine($"      app: send reads of {database} to {endpoints}");

    public void Report(string message) => _out.WriteLine($"      app: {message}");
}
