using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Relations;

public sealed partial class ResourceProviderEventHandler<TRequest>
{
    // A new revision of a requirer's mTLS secret: the previous certificate is the revision this
    // unit still tracks; the request read afterwards carries the new one (docs/protocol/events.md#provider-relation-changed).
    private void OnSecretChanged(HookContext hook)
    {
        if (!Options.MtlsEnabled || hook.SecretId is not { } id) return;
        if (!TryRelationOfSecret(hook, out var relation, out var shortUuid) || Owns(id)) return;

        string? oldCert;
        try
        {
            oldCert = Juju.SecretGet(id, null, SecretRead.Tracked).TryGetValue("mtls-cert", out var cert) ? cert : null;
        }
        catch (JujuException error)
        {
            Warn(relation, $"the mTLS secret {RemoteText.Prefix(id, RemoteText.MaxIdChars)} cannot be read: {error.Message}");
            return;
        }

        var remote = relation.RemoteAppData();
        var contract = ReadRequests(relation, remote);
        TRequest? request;
        if (contract.V0 is not null)
        {
            request = AdaptV0(relation, remote);
        }
        else
        {
            if (shortUuid is null) return;
            request = contract.V1!.Requests.FirstOrDefault(r => r.ShortUuid == shortUuid);
            if (request is null) return;
        }
        var unit = relation.RemoteUnits.FirstOrDefault();
        MtlsCertUpdated?.Invoke(new MtlsCertUpdatedEvent<TRequest>(relation, relation.RemoteApp, unit, request, contract.V0, oldCert));
    }
}
