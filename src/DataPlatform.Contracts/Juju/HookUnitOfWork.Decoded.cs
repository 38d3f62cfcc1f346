using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Juju;

// The keys a hook changes once per request, kept decoded for the whole hook so that N requests
// cost N updates in place and one encoding at the end (docs/hook-cost.md): the `data` memory, the
// provider's response list, the status map, and each relation's secrets.
internal sealed partial class HookUnitOfWork
{
    private readonly Dictionary<(string Endpoint, int Relation), RelationSecretRepository> _secrets = new();

    /// <summary>
    /// The relation's secrets as this side labels them, one repository for the hook, so each secret
    /// is read at most once and later reads see the hook's own writes.
    /// </summary>
    public RelationSecretRepository Secrets(string endpoint, int relationId)
    {
        if (_secrets.TryGetValue((endpoint, relationId), out var known)) return known;
        return _secrets[(endpoint, relationId)] = new RelationSecretRepository(new JujuSecretStore(this), endpoint, relationId);
    }

    /// <summary>
    /// The <c>data</c> key of a bag of ours, decoded once (empty when absent or not a JSON object);
    /// change it in place and call <see cref="MemoryChanged"/>.
    /// </summary>
    public WireObject Memory(int relationId, string member)
    {
        var bag = Bag(relationId, member);
        if (bag.Memory is { } memory) return memory;
        var text = bag.View!.Get(WireKeys.Data);
        return bag.Memory = text is not null && PythonJson.TryParse(text, out var value) && value.Kind == WireValueKind.Object
            ? value.AsObject()
            : new WireObject();
    }

    /// <summary>
    /// Whether entry <paramref name="key"/> of the <c>data</c> memory is <paramref name="text"/> as it
    /// stands in the bag, seen without decoding the memory; false once it is decoded, or when it is
    /// not a JSON object.
    /// </summary>
    public bool MemoryHolds(int relationId, string member, string key, string text) =>
        TryMemoryEntry(relationId, member, key, out var entry) && entry.SequenceEqual(text);

    /// <summary>
    /// Whether the <c>data</c> memory's text can be read entry by entry (<see cref="TryMemoryEntry"/>)
    /// rather than decoded whole: it is one JSON object, ASCII, without a repeated key, and not decoded in this hook.
    /// </summary>
    public bool MemoryIndexed(int relationId, string member) => MemoryIndex(Bag(relationId, member)) is not null;

    /// <summary>
    /// The text of entry <paramref name="key"/> of the <c>data</c> memory as it stands in the bag,
    /// found without decoding the memory; false when there is no such entry or the memory is not
    /// <see cref="MemoryIndexed"/>.
    /// </summary>
    public bool TryMemoryEntry(int relationId, string member, string key, out ReadOnlySpan<char> entry)
    {
        entry = default;
        if (MemoryIndex(Bag(relationId, member)) is not { } memory || !memory.Entries!.TryGetValue(key, out var range)) return false;
        entry = memory.Text.AsSpan(range);
        return true;
    }

    private static (string Text, Dictionary<string, Range>? Entries)? MemoryIndex(HookBag bag)
    {
        if (bag.Memory is not null) return null;
        bag.MemoryText ??= MemoryEntries(bag.View!.Get(WireKeys.Data));
        return bag.MemoryText is { Entries: not null } memory ? memory : null;
    }

    // The top-level entries of the memory's text; no index when it is absent, not ASCII (as
    // json.dumps writes it, so that byte offsets are character offsets), not one JSON object
    // System.Text.Json reads, or repeats a key (which decodes to its last value). The UTF-8 copy is
    // pooled: at a thousand requests it is a large object, which a copy per hook would collect only
    // in full collections.
    private static (string, Dictionary<string, Range>?) MemoryEntries(string? text)
    {
        if (text is null) return ("", null);
        var entries = new Dictionary<string, Range>(StringComparer.Ordinal);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(text.Length);
        try
        {
            if (System.Text.Ascii.FromUtf16(text, buffer, out var length) != System.Buffers.OperationStatus.Done) return (text, null);
            var reader = new System.Text.Json.Utf8JsonReader(buffer.AsSpan(0, length), WireJsonReader.ReaderOptions);
            if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject) return (text, null);
            while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                var name = WireJsonReader.GetString(in reader);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (!entries.TryAdd(name, start..(int)reader.BytesConsumed)) return (text, null);
            }
            return reader.Read() ? (text, null) : (text, entries);
        }
        catch (System.Text.Json.JsonException)
        {
            return (text, null);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Notes that <see cref="Memory"/> changed; its text is written when needed.</summary>
    public void MemoryChanged(int relationId, bool app)
    {
        var bag = Writable(relationId, app);
        bag.MemoryDirty = true;
        Written(bag);
    }

    /// <summary>
    /// The response list in this application's bag, decoded once with <paramref name="secrets"/>
    /// (a read as another model type writes the held one out and decodes again).
    /// </summary>
    /// <exception cref="RelationModelValidationException">The stored responses are not valid.</exception>
    public DecodedResponses<T> Responses<T>(int relationId, ISecretRepository secrets) where T : ResourceProviderModel, new()
    {
        var bag = Bag(relationId, AppName);
        if (bag.Responses is DecodedResponses<T> { Stale: false } known) return known;
        Materialize(bag);
        var decoded = new DecodedResponses<T>(DataContractV1<T>.ReadDatabag(bag.View!, new ModelReadContext(secrets)));
        bag.Responses = decoded;
        return decoded;
    }

    /// <summary>Notes that <see cref="Responses{T}"/> changed; its text is written when needed.</summary>
    public void ResponsesChanged(int relationId)
    {
        var bag = Writable(relationId, app: true);
        bag.ResponsesDirty = true;
        Written(bag);
    }

    /// <summary>The provider's statuses as the map <c>data</c> stores (code to status), decoded again only when the <c>status</c> key changed.</summary>
    public WireObject StatusMap(int relationId, string member)
    {
        var bag = Bag(relationId, member);
        var text = bag.View!.Get(WireKeys.Status);
        if (bag.StatusMap is { } map && ReferenceEquals(text, bag.StatusText)) return map;
        bag.StatusText = text;
        return bag.StatusMap = StatusList.AsMap(StatusList.Read(bag.View).Values);
    }
}
