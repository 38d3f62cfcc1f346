using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Relations;

public sealed partial class ResourceProviderEventHandler<TRequest>
{
    // A new revision of a requirer's mTLS secret: the previous certificate is the revision this
    // unit still tracks; the request read afterwards carries the new one (wire-format.md 7.2).
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
            Warn(relation, $"the mTLS secret {id} cannot be read: {error.Message}");
            return;
        }

        var contract = ReadRequests(relation, relation.RemoteAppData());
        RequirerCommonModel? request = contract.V0;
        if (request is null)
        {
            if (shortUuid is null) return;
            request = contract.V1!.Requests.FirstOrDefault(r => r.RequestId == shortUuid);
            if (request is null) return;
        }
        var unit = relation.RemoteUnits.FirstOrDefault();
        MtlsCertUpdated?.Invoke(new MtlsCertUpdatedEvent(relation, relation.RemoteApp, unit, request, oldCert));
    }
}
