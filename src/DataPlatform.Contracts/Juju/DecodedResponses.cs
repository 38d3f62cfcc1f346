using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Juju;

/// <summary>A response list kept decoded by <see cref="HookUnitOfWork"/>, whatever its model type.</summary>
internal abstract class DecodedResponses
{
    /// <summary>Writes <c>version</c> and <c>requests</c> (pointers only: secrets are written when set).</summary>
    public abstract void WriteInto(Databag databag);
}

/// <summary>A provider's responses held decoded for the hook, with an index by request id.</summary>
internal sealed class DecodedResponses<T> : DecodedResponses where T : ResourceProviderModel, new()
{
    private readonly Dictionary<string, int> _byRequestId = new(StringComparer.Ordinal);

    public DecodedResponses(DataContractV1<T> contract)
    {
        Contract = contract;
        for (var i = 0; i < contract.Requests.Count; i++) Index(i);
    }

    public DataContractV1<T> Contract { get; }

    /// <summary>
    /// Set when a stored response would not read back: the next use decodes the text again and
    /// reports it, as reading the bag anew would.
    /// </summary>
    public bool Stale { get; private set; }

    /// <summary>The index of the first response with <paramref name="requestId"/>, as a scan of the list finds it; -1 when none.</summary>
    public int IndexOf(string requestId) => _byRequestId.GetValueOrDefault(requestId, -1);

    /// <summary>The index of the first response without request id whose short uuid is <paramref name="shortUuid"/>; -1 when none.</summary>
    public int IndexWithoutRequestId(string shortUuid) =>
        Contract.Requests.FindIndex(r => string.IsNullOrEmpty(r.RequestId) && r.ShortUuid == shortUuid);

    /// <summary>A copy of the response at <paramref name="index"/>, as reading the bag again gives it.</summary>
    public T Copy(int index, ISecretRepository secrets) =>
        RelationModels.FromJson<T>(RelationModels.ToJson(Contract.Requests[index], ModelWriteContext.Full), new ModelReadContext(secrets));

    /// <summary>
    /// Stores <paramref name="model"/> at <paramref name="index"/> (appends it for -1) as reading the
    /// bag back would give it, so later changes to the caller's object do not reach the bag.
    /// </summary>
    public void Store(int index, T model, ISecretRepository secrets)
    {
        T stored;
        try
        {
            stored = RelationModels.FromJson<T>(RelationModels.ToJson(model, ModelWriteContext.Full), new ModelReadContext(secrets));
        }
        catch (RelationModelValidationException)
        {
            stored = model;
            Stale = true;
        }
        if (index >= 0)
        {
            Contract.Requests[index] = stored;
            return;
        }
        Contract.Requests.Add(stored);
        Index(Contract.Requests.Count - 1);
    }

    public override void WriteInto(Databag databag) => Contract.WriteDatabag(databag, ModelWriteContext.Full);

    private void Index(int index)
    {
        if (Contract.Requests[index].RequestId is { Length: > 0 } id) _byRequestId.TryAdd(id, index);
    }
}
