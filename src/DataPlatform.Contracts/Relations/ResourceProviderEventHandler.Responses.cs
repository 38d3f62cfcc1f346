using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

public sealed partial class ResourceProviderEventHandler<TRequest>
{
    /// <summary>
    /// Answers one request (leader only): for a V1 client the response with the same request id is
    /// updated with the members set on <paramref name="response"/> (salt and request id kept), or
    /// appended; for a V0 client the flat databag is updated the same way (divergence D4). Secret
    /// members go into one secret per group, labelled with the request id and granted to the client.
    /// </summary>
    /// <exception cref="RelationDataException">Missing relation.</exception>
    /// <remarks>
    /// A V1 response without a request id is kept as upstream keeps it (docs/protocol/events.md#provider-relation-changed): it is
    /// appended (or merged into a stored response without request id that has the same
    /// <c>gen_hash(resource, salt)</c>), and the requirer matches it to its request by that hash
    /// (7.3), so give it the request's resource and salt.
    /// </remarks>
    public void SetResponse<TResponse>(int relationId, TResponse response) where TResponse : ResourceProviderModel, new()
    {
        ArgumentNullException.ThrowIfNull(response);
        Write(relationId, new[] { response }, keepWithoutRequestId: true);
    }

    /// <summary>
    /// Answers several requests at once (a V0 client takes exactly one response). As upstream's
    /// <c>set_responses</c> (docs/protocol/events.md#provider-relation-changed), a V1 response without request id is dropped, with a warning.
    /// </summary>
    /// <exception cref="ArgumentException">No response, or several for a V0 client.</exception>
    /// <exception cref="RelationDataException">Missing relation.</exception>
    public void SetResponses<TResponse>(int relationId, IReadOnlyList<TResponse> responses) where TResponse : ResourceProviderModel, new()
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count == 0) throw new ArgumentException("At least one response is needed.", nameof(responses));
        Write(relationId, responses, keepWithoutRequestId: false);
    }

    private void Write<TResponse>(int relationId, IReadOnlyList<TResponse> responses, bool keepWithoutRequestId) where TResponse : ResourceProviderModel, new()
    {
        var relation = Relation(relationId);
        if (!Juju.IsLeader())
        {
            Warn(relation, "only the leader unit answers requests; the response was not written");
            return;
        }
        var secrets = Secrets(relation);
        if (Work.Value(relation.Id, relation.RemoteApp, WireKeys.Version) is null)
        {
            if (responses.Count != 1) throw new ArgumentException("A V0 client takes exactly one response.", nameof(responses));
            var local = relation.LocalAppData();
            // The V0 patch (database = <resource>, docs/protocol/databags.md#v0-mode) is not part of the stored
            // response: read through an alias it would set a resource the response never set.
            var view = local.Clone();
            foreach (var alias in WireKeys.ResourceKeys)
            {
                if (alias != WireKeys.Resource) view.Remove(alias);
            }
            var stored = new TResponse();
            ((IRelationModel)stored).ReadDatabag(view, new ModelReadContext(secrets));
            stored.Update(responses[0]);
            // A V0 client has no request id to keep: the response's own salt is written, as upstream.
            if (((IRelationModel)responses[0]).IsExplicitlySet(WireKeys.Salt)) stored.Salt = responses[0].Salt;
            stored.RequestId = null;
            ((IRelationModel)stored).WriteDatabag(local, ModelWriteContext.WithSecrets(secrets, omitShortUuid: true));
            relation.WriteLocalApp(local);
            return;
        }

        // The list is decoded once per hook and encoded when the hook ends, so answering N requests
        // one SetResponse at a time costs what one SetResponses does (docs/hook-cost.md).
        var decoded = Work.Responses<TResponse>(relation.Id, secrets);
        // Merged on copies: a failed secret write leaves the held list as it was.
        var merged = new List<(int Index, TResponse Model)>(responses.Count);
        // One response (each SetResponse) merges with nothing else in the call.
        var mergedById = responses.Count > 1 ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        foreach (var response in responses)
        {
            var hasId = !string.IsNullOrEmpty(response.RequestId);
            if (!hasId && !keepWithoutRequestId)
            {
                Warn(relation, "a response without request-id was dropped");
                continue;
            }
            var index = hasId
                ? mergedById?.GetValueOrDefault(response.RequestId!, -1) ?? -1
                : merged.FindIndex(m => string.IsNullOrEmpty(m.Model.RequestId) && m.Model.ShortUuid == response.ShortUuid);
            if (index >= 0)
            {
                merged[index].Model.Update(response);
                continue;
            }
            var stored = hasId ? decoded.IndexOf(response.RequestId!) : decoded.IndexWithoutRequestId(response.ShortUuid);
            TResponse model;
            if (stored >= 0)
            {
                model = decoded.Copy(stored, secrets);
                model.Update(response);
            }
            else
            {
                model = response;
            }
            if (hasId && mergedById is not null) mergedById[response.RequestId!] = merged.Count;
            merged.Add((stored, model));
        }
        // Secrets go out in list order, as a whole-list write stores them; the responses not
        // touched hold what their secrets hold, so writing them would change nothing.
        var order = merged.Count == 1 ? merged : merged.Where(m => m.Index >= 0).OrderBy(m => m.Index).Concat(merged.Where(m => m.Index < 0)).ToList();
        foreach (var (_, model) in order) ((IRelationModel)model).WriteSecrets(secrets, model.ShortUuid);
        foreach (var (index, model) in order) decoded.Store(index, model, secrets);
        Work.ResponsesChanged(relation.Id);
    }

    /// <summary>The responses written so far on the relation (the flat one for a V0 client).</summary>
    public IReadOnlyList<TResponse> Responses<TResponse>(int relationId) where TResponse : ResourceProviderModel, new()
    {
        var relation = Relation(relationId);
        var local = relation.LocalAppData();
        var secrets = Secrets(relation);
        if (Work.Value(relation.Id, relation.RemoteApp, WireKeys.Version) is null)
        {
            return new[] { RelationModels.FromDatabag<TResponse>(local, new ModelReadContext(secrets)) };
        }
        return DataContractV1<TResponse>.ReadDatabag(local, new ModelReadContext(secrets)).Requests;
    }

    // Divergence D17: a broken relation keeps no readable credentials, and nothing stored for it.
    private void OnRelationBroken(HookContext hook)
    {
        if (HookRelation(hook) is not { } relation || !Juju.IsLeader()) return;
        foreach (var id in SecretPointersIn(relation.LocalAppData()).ToList()) RemoveOwnedSecret(id);
        relation.WriteLocalApp(new Databag());
    }
}
