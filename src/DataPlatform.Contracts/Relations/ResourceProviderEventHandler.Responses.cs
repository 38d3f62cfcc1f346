using DataPlatform.Contracts.Juju;
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
    public void SetResponse<TResponse>(int relationId, TResponse response) where TResponse : ResourceProviderModel, new()
    {
        ArgumentNullException.ThrowIfNull(response);
        SetResponses(relationId, new[] { response });
    }

    /// <summary>Answers several requests at once (a V0 client takes exactly one response).</summary>
    /// <exception cref="ArgumentException">No response, or several for a V0 client.</exception>
    /// <exception cref="RelationDataException">Missing relation.</exception>
    public void SetResponses<TResponse>(int relationId, IReadOnlyList<TResponse> responses) where TResponse : ResourceProviderModel, new()
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count == 0) throw new ArgumentException("At least one response is needed.", nameof(responses));
        var relation = Relation(relationId);
        if (!Juju.IsLeader())
        {
            Warn(relation, "only the leader unit answers requests; the response was not written");
            return;
        }
        var secrets = Secrets(relation);
        var local = relation.LocalAppData();
        if (!relation.RemoteAppData().ContainsKey(WireKeys.Version))
        {
            if (responses.Count != 1) throw new ArgumentException("A V0 client takes exactly one response.", nameof(responses));
            var stored = new TResponse();
            stored.ReadDatabag(local, new ModelReadContext(secrets));
            stored.Update(responses[0]);
            // A V0 client has no request id to keep: the response's own salt is written, as upstream.
            if (responses[0].IsExplicitlySet(WireKeys.Salt)) stored.Salt = responses[0].Salt;
            stored.RequestId = null;
            stored.WriteDatabag(local, ModelWriteContext.WithSecrets(secrets, omitShortUuid: true));
            relation.WriteLocalApp(local);
            return;
        }

        var contract = DataContractV1<TResponse>.ReadDatabag(local, new ModelReadContext(secrets));
        foreach (var response in responses)
        {
            if (string.IsNullOrEmpty(response.RequestId))
            {
                Warn(relation, "a response without request-id was dropped");
                continue;
            }
            var existing = contract.Requests.FirstOrDefault(r => r.RequestId == response.RequestId);
            if (existing is null) contract.Requests.Add(response);
            else existing.Update(response);
        }
        contract.WriteDatabag(local, ModelWriteContext.WithSecrets(secrets));
        relation.WriteLocalApp(local);
    }

    /// <summary>The responses written so far on the relation (the flat one for a V0 client).</summary>
    public IReadOnlyList<TResponse> Responses<TResponse>(int relationId) where TResponse : ResourceProviderModel, new()
    {
        var relation = Relation(relationId);
        var local = relation.LocalAppData();
        var secrets = Secrets(relation);
        if (!relation.RemoteAppData().ContainsKey(WireKeys.Version))
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
