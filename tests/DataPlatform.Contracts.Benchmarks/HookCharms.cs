using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>The charms the hook benchmarks run.</summary>
internal static class HookCharms
{
    /// <summary>What the read-only handlers read, so the reads are not optimised away.</summary>
    public static long Sink;

    /// <summary>A provider whose handler only reads each request (the shape of the Python figure in issue 11).</summary>
    public static object ReadOnly(CharmHost host)
    {
        var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
        handler.ResourceRequested += e => Sink += e.Request.Resource.Length + (e.Request.ExtraUserRoles?.Length ?? 0);
        return handler;
    }

    /// <summary>A provider that answers each request with <c>SetResponse</c>, a user secret and endpoints.</summary>
    public static object Answering(CharmHost host)
    {
        var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
        handler.ResourceRequested += e => handler.SetResponse(e.Relation.Id, Response(e.Request));
        return handler;
    }

    /// <summary>A provider whose <c>answer-all</c> hook answers every request of every relation.</summary>
    public static object AnsweringAll(CharmHost host)
    {
        var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
        host.Observe("answer-all", _ =>
        {
            foreach (var relation in handler.Relations)
            {
                foreach (var request in handler.Requests(relation.Id)) handler.SetResponse(relation.Id, Response(request));
            }
        });
        return handler;
    }

    /// <summary>A client of <paramref name="requests"/> requests whose handler reads each response's credentials.</summary>
    public static Func<CharmHost, object> Client(int requests) => host =>
    {
        var handler = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", Data.Requests(requests).ConvertAll(r => new RequirerCommonModel
        {
            Resource = r.Resource, Salt = r.Salt, ExtraUserRoles = r.ExtraUserRoles,
        }));
        handler.ResourceCreated += e => Sink += (e.Response.Username?.Length ?? 0) + (e.Response.Password?.Length ?? 0);
        return handler;
    };

    private static ResourceProviderModel Response(RequirerCommonModel request) => new()
    {
        RequestId = request.RequestId,
        Salt = request.Salt,
        Username = "user-" + request.Resource,
        Password = "pw-" + request.Salt,
        Endpoints = "10.0.0.1:5432",
    };
}
