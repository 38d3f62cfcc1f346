using System.Security.Cryptography;
using System.Text;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;

namespace Charms.Requirer;

/// <summary>
/// The application of the packed demo charm, which has no workload: what it would configure goes
/// to the unit status and to <c>juju-log</c>, passwords masked. A real charm writes its
/// application's config file here.
/// </summary>
public sealed class UnitApplication : IApplicationConfig
{
    private readonly CharmHost _host;

    /// <summary>The application of the unit running the hook.</summary>
    public UnitApplication(CharmHost host) => _host = host;

    /// <inheritdoc />
    public string? AuditToken => _host.Config.GetString("audit-token");

    /// <summary>
    /// The same salt for a database in every hook and on every unit, derived from the application
    /// and database names, so a redeployed application asks for what it asked before.
    /// </summary>
    public string SaltFor(string database) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{_host.App.Name}/{database}")))[..16];

    /// <inheritdoc />
    public void Connect(string database, string? endpoints, string? username, string? password)
    {
        _host.Backend.Log(JujuLogLevel.Info, $"connect to {database} at {endpoints} as {username} (password {(password is null ? "missing" : "***")})");
        _host.Unit.SetStatus(WorkloadStatus.Active, $"connected to {database}");
    }

    /// <inheritdoc />
    public void UseReadOnly(string database, string? endpoints) =>
        _host.Backend.Log(JujuLogLevel.Info, $"send reads of {database} to {endpoints}");

    /// <inheritdoc />
    public void Report(string message) => _host.Backend.Log(JujuLogLevel.Info, message);
}
