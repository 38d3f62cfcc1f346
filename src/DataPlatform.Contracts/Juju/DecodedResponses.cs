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

/// <summary>A provider's responses held for the hook, with an index by request id.</summary>
/// <remarks>
/// A response read from the bag is held as its model; one stored in this hook is held as the JSON
/// text of the model it was given, which is what the bag gets, as upstream dumps the model it holds
/// (docs/hook-cost.md). Its model is made again only when a later answer merges into it.
/// </remarks>
internal sealed class DecodedResponses<T> : DecodedResponses where T : ResourceProviderModel, new()
{
    private readonly List<Entry> _entries;
    private readonly Dictionary<string, int> _byRequestId = new(StringComparer.Ordinal);

    public DecodedResponses(DataContractV1<T> contract)
    {
        _entries = new List<Entry>(contract.Requests.Count);
        foreach (var model in contract.Requests) Add(new Entry(model, null, model.RequestId, null));
    }

    /// <summary>
    /// Set when a stored response would not read back: the next use decodes the text again and
    /// reports it, as reading the bag anew would.
    /// </summary>
    public bool Stale { get; private set; }

    /// <summary>The index of the first response with <paramref name="requestId"/>, as a scan of the list finds it; -1 when none.</summary>
    public int IndexOf(string requestId) => _byRequestId.GetValueOrDefault(requestId, -1);

    /// <summary>The index of the first response without request id whose short uuid is <paramref name="shortUuid"/>; -1 when none.</summary>
    public int IndexWithoutRequestId(string shortUuid) =>
        _entries.FindIndex(e => string.IsNullOrEmpty(e.RequestId) && (e.ShortUuid ?? e.Model!.ShortUuid) == shortUuid);

    /// <summary>A copy of the response at <paramref name="index"/>, as reading the bag again gives it.</summary>
    public T Copy(int index, ISecretRepository secrets)
    {
        var entry = _entries[index];
        return RelationModels.FromJson<T>(entry.Text ?? RelationModels.ToJson(entry.Model!, ModelWriteContext.Full), new ModelReadContext(secrets));
    }

    /// <summary>
    /// Stores <paramref name="model"/> at <paramref name="index"/> (appends it for -1) as its text,
    /// so later changes to the caller's object do not reach the bag.
    /// </summary>
    public void Store(int index, T model, ISecretRepository secrets)
    {
        var text = RelationModels.ToJson(model, ModelWriteContext.Full);
        try
        {
            // Only whether it reads back: what a read of the bag would reject, the next use reports.
            RelationModels.FromJson<T>(text, new ModelReadContext(secrets));
        }
        catch (RelationModelValidationException)
        {
            Stale = true;
        }
        // The short uuid of a response without request id is how a later answer finds it.
        var entry = new Entry(null, text, model.RequestId, string.IsNullOrEmpty(model.RequestId) ? model.ShortUuid : null);
        if (index >= 0) _entries[index] = entry;
        else Add(entry);
    }

    public override void WriteInto(Databag databag)
    {
        var writer = PythonJsonWriter.Rent();
        writer.WriteStartArray();
        foreach (var entry in _entries)
        {
            if (entry.Text is { } text) writer.WriteRawValue(text);
            else ((IRelationModel)entry.Model!).WriteJson(writer, ModelWriteContext.Full);
        }
        writer.WriteEndArray();
        DataContractV1<T>.WriteListText(databag, PythonJsonWriter.ToStringAndReturn(writer));
    }

    private void Add(Entry entry)
    {
        _entries.Add(entry);
        if (entry.RequestId is { Length: > 0 } id) _byRequestId.TryAdd(id, _entries.Count - 1);
    }

    // Model: as read from the bag; Text: as stored in this hook (then Model is null).
    private readonly record struct Entry(T? Model, string? Text, string? RequestId, string? ShortUuid);
}
