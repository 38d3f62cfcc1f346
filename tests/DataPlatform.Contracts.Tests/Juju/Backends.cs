using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Juju.HookTools;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>Hook-tool backends over a <see cref="FakeHookToolRunner"/>.</summary>
internal static class Backends
{
    public const string ModelUuid = "92c066cc-14fc-4f61-897a-c6d28f8c0d94";

    /// <summary>A <c>database-relation-changed</c> hook of relation 5 on db/0, remote app postgresql-client.</summary>
    public static readonly HookContext RelationChanged = new("database-relation-changed")
    {
        RelationName = "database", RelationId = 5, RemoteApp = "client", RemoteUnit = "client/0",
    };

    public static HookToolBackend New(FakeHookToolRunner runner, string version = "3.6.12", HookContext? hook = null, string? modelUuid = ModelUuid, string unit = "db/0") =>
        new(unit, modelUuid, hook ?? RelationChanged, JujuVersion.Parse(version), runner);
}
