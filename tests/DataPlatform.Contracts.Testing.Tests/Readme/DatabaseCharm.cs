using System.Security.Cryptography;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Testing.Tests.Readme.Provider;

// The provider of the README's "Write a charm" section, verbatim between the markers. Its Main is
// a second entry point of this assembly (the client's is the startup object, see the project).

// readme:begin
public static class Program
{
    public static int Main(string[] args) => JujuCharm.Run(args, host => new DatabaseCharm(host));
}

[RelationModel]
public partial class DatabaseResponse : ResourceProviderModel
{
    [ExtraSecret] public partial string? ReplicationPassword { get; set; }
}

public sealed class DatabaseCharm
{
    public DatabaseCharm(CharmHost host)
    {
        var clients = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
        clients.ResourceRequested += e => clients.SetResponse(e.Relation.Id, new DatabaseResponse
        {
            RequestId = e.Request.RequestId,
            Resource = e.Request.Resource,
            Username = $"relation_{e.Relation.Id}_{e.Request.Resource}",
            Password = NewPassword(),
            ReplicationPassword = NewPassword(),
            Endpoints = host.Config.GetString("endpoints"),
        });
        clients.ResourceEntityRequested += e => clients.SetResponse(e.Relation.Id, new DatabaseResponse
        {
            RequestId = e.Request.RequestId,
            EntityName = $"relation_{e.Relation.Id}_{e.Request.RequestId}",
            EntityPassword = NewPassword(),
        });
    }

    private static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
// readme:end
