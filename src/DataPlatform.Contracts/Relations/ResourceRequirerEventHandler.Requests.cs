using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

// Stable requests (issue 8): a charm builds its requests anew in every hook, and a request it
// builds without a salt draws a new one each time. What identifies a request is what it asks for
// (RequestIdentity); once published, that request keeps the salt and request id it was published
// with, in every hook and on every unit, so the provider sees it once and answers it once.
public sealed partial class ResourceRequirerEventHandler<TResponse>
{
    /// <summary>
    /// The ids the charm's requests have on relation <paramref name="relationId"/>, in the order of
    /// <see cref="Requests"/>: the id each was published with, or, for a request not published yet,
    /// the id it will be published with in this hook.
    /// </summary>
    /// <remarks>
    /// Resolving the requests also sets each request's <see cref="CommonModel.Salt"/> and
    /// <see cref="CommonModel.RequestId"/> to those values; with several relations on the
    /// endpoint (aliases), they hold the last relation resolved, so use this method per relation.
    /// </remarks>
    public IReadOnlyList<string> RequestIdsOf(int relationId) => Resolve(Relation(relationId)).Ids;

    /// <summary>What resolving the charm's requests against a relation found.</summary>
    /// <param name="Ids">The request ids, in the order of the charm's requests.</param>
    /// <param name="InStep">Whether the published list holds exactly the charm's requests.</param>
    private readonly record struct Resolution(IReadOnlyList<string> Ids, bool InStep);

    /// <summary>
    /// Matches the charm's requests with the requests published on the relation, by identity, and
    /// gives each matched request the published salt and id (first unmatched match wins, so two
    /// requests asking for the same thing keep two published entries).
    /// </summary>
    private Resolution Resolve(RelationHandle relation)
    {
        var published = PublishedRequests(relation);
        // The published entries of each identity, first first, so matching is linear in requests.
        var byIdentity = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var j = 0; j < published.Count; j++)
        {
            if (!byIdentity.TryGetValue(published[j].Identity, out var entries)) byIdentity[published[j].Identity] = entries = new Queue<int>();
            entries.Enqueue(j);
        }
        var ids = new string[Requests.Count];
        var inStep = published.Count == Requests.Count;
        for (var i = 0; i < Requests.Count; i++)
        {
            var request = Requests[i];
            var match = byIdentity.TryGetValue(RequestIdentity.Of(request), out var entries) && entries.TryDequeue(out var j) ? j : -1;
            if (match >= 0)
            {
                request.Salt = published[match].Salt;
            }
            else
            {
                inStep = false;
            }
            request.RequestId = match >= 0 && published[match].RequestId is { } id ? id : RequestIds.Hash(request.Resource, request.Salt);
            ids[i] = request.RequestId;
        }
        return new Resolution(ids, inStep);
    }

    private readonly record struct PublishedRequest(string Identity, string Salt, string? RequestId);

    /// <summary>
    /// The requests published on the relation: the leader reads them from its own app databag; other
    /// units may not read it (docs/hook-tools.md#leadership), so they read the provider's <c>data</c>, which
    /// holds every request the provider has seen, with its salt and id.
    /// </summary>
    private List<PublishedRequest> PublishedRequests(RelationHandle relation)
    {
        var result = new List<PublishedRequest>();
        if (Juju.IsLeader())
        {
            if (Work.Value(relation.Id, Juju.AppName, WireKeys.Requests) is { } text && PythonJson.TryParse(text, out var list) && list.Kind == WireValueKind.Array)
            {
                foreach (var item in list.AsArray()) Add(result, item);
            }
            return result;
        }
        if (Work.Value(relation.Id, relation.RemoteApp, WireKeys.Data) is { } data && PythonJson.TryParse(data, out var map) && map.Kind == WireValueKind.Object)
        {
            foreach (var entry in map.AsObject())
            {
                if (entry.Key != DiffMemory.StatusKey) Add(result, entry.Value);
            }
        }
        return result;
    }

    private static void Add(List<PublishedRequest> result, WireValue item)
    {
        if (item.Kind != WireValueKind.Object) return;
        var request = item.AsObject();
        if (!request.TryGetValue("salt", out var salt) || salt.Kind != WireValueKind.String) return;
        var id = request.TryGetValue("request-id", out var value) && value.Kind == WireValueKind.String && value.AsString().Length > 0 ? value.AsString() : null;
        result.Add(new PublishedRequest(RequestIdentity.Of(request), salt.AsString(), id));
    }
}
