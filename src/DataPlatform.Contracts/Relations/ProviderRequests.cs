using System.Text.Json;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// The requests a provider remembers in its <c>data</c> memory, as a requirer asks about them: is
/// there an object for this request id, and is it an entity request
/// (docs/protocol/data-and-diffs.md#the-data-key). Each entry is read from the memory's text by id
/// when the text can be indexed, so a hook with a thousand responses does not decode a thousand
/// requests it only looks up; otherwise the memory is decoded whole, as before (docs/hook-cost.md).
/// </summary>
internal sealed class ProviderRequests
{
    private const string EntityType = "entity-type";
    private readonly HookUnitOfWork _work;
    private readonly int _relationId;
    private readonly string _provider;
    private readonly WireObject? _decoded;

    private ProviderRequests(HookUnitOfWork work, int relationId, string provider, WireObject? decoded)
    {
        _work = work;
        _relationId = relationId;
        _provider = provider;
        _decoded = decoded;
    }

    /// <summary>The provider's memory on the relation; null when it has none or it is not a JSON object.</summary>
    public static ProviderRequests? Read(HookUnitOfWork work, int relationId, string provider)
    {
        if (work.MemoryIndexed(relationId, provider)) return new ProviderRequests(work, relationId, provider, null);
        return work.Value(relationId, provider, WireKeys.Data) is { } text && PythonJson.TryParse(text, out var data) && data.Kind == WireValueKind.Object
            ? new ProviderRequests(work, relationId, provider, data.AsObject())
            : null;
    }

    /// <summary>Whether the memory holds request <paramref name="id"/> as a JSON object, and if so whether its <c>entity-type</c> is set (not null).</summary>
    public bool TryFind(string id, out bool isEntity)
    {
        isEntity = false;
        if (_decoded is not null)
        {
            if (!_decoded.TryGetValue(id, out var request) || request.Kind != WireValueKind.Object) return false;
            isEntity = request.AsObject().TryGetValue(EntityType, out var entity) && !entity.IsNull;
            return true;
        }
        return _work.TryMemoryEntry(_relationId, _provider, id, out var text) && Scan(text, out isEntity);
    }

    // An indexed entry is ASCII JSON that System.Text.Json has read, so its characters are its
    // UTF-8 bytes. Of a repeated key the last counts, as json.loads keeps it.
    private static bool Scan(ReadOnlySpan<char> text, out bool isEntity)
    {
        isEntity = false;
        var rented = text.Length > 512 ? System.Buffers.ArrayPool<byte>.Shared.Rent(text.Length) : null;
        Span<byte> bytes = rented ?? stackalloc byte[512];
        try
        {
            var length = System.Text.Encoding.ASCII.GetBytes(text, bytes);
            var reader = new Utf8JsonReader(bytes[..length], WireJsonReader.ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKey = reader.ValueTextEquals(EntityType);
                reader.Read();
                if (isKey) isEntity = reader.TokenType != JsonTokenType.Null;
                reader.Skip();
            }
            return true;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
