using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Testing.Tests.Readme;

// The code of the README's "Write a charm" section, verbatim between the markers (a test checks
// that every C# block of the README stands in a compiled file). This test assembly's entry point
// is the README's Main (GenerateProgramFile is off in the project).

// readme:begin
public static class Program
{
    public static int Main(string[] args) => JujuCharm.Run(args, host => new ClientCharm(host));
}

public sealed class ClientCharm
{
    public ClientCharm(CharmHost host)
    {
        // Built anew in every hook, without salts: a request keeps the salt and id it was first published with.
        var requests = new[]
        {
            new RequirerCommonModel { Resource = "clientdb" },
            new RequirerCommonModel { EntityType = EntityType.User },
        };
        var database = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests);
        database.ResourceCreated += e => host.Unit.SetStatus(WorkloadStatus.Active, $"using {e.Response.Resource}");
        host.ObserveAction("show-requests", action =>
        {
            foreach (var relation in database.Relations) action.SetResult($"relation-{relation.Id}", string.Join(",", database.RequestIdsOf(relation.Id)));
        });
    }
}
// readme:end
