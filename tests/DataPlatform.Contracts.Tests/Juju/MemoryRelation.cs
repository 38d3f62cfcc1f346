using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>
/// A provider <c>db</c> and a client <c>app</c> related on <c>database</c>, for tests that read the
/// provider's <c>data</c> memory through one hook's unit of work, on either side.
/// </summary>
internal sealed class MemoryRelation
{
    private readonly InMemoryJuju _juju = new();

    public MemoryRelation()
    {
        _juju.Deploy("db", new CharmMetadata("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } }, host => host);
        _juju.Deploy("app", new CharmMetadata("app") { Requires = new[] { new EndpointMetadata("database", "postgresql_client") } }, host => host);
        Id = _juju.Relate("app", "database", "db", "database");
    }

    /// <summary>The relation id.</summary>
    public int Id { get; }

    /// <summary>
    /// Sets the provider's <c>data</c> to <paramref name="text"/> (leaves it absent for null), then
    /// starts a relation-changed hook on <paramref name="unit"/>, seen from <paramref name="remoteApp"/>.
    /// </summary>
    public HookUnitOfWork Hook(string? text, string unit, string remoteApp)
    {
        if (text is not null) _juju.UpdateDatabag(Id, "db", new Dictionary<string, string> { [WireKeys.Data] = text });
        var hook = Hooks.Relation("changed", "database", Id, remoteApp);
        return new HookUnitOfWork(_juju.HookBackend(new HookEnvironment(unit, null, "3.6.12", "/charm", "hooks/" + hook.Name, hook)));
    }
}
