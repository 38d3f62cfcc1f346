using System.Text.Json;

namespace DataPlatform.Contracts.DataContracts;

/// <summary>
/// What a V1 provider writes to its application databag: <c>version</c> <c>v1</c> and its
/// responses, also under the key <c>requests</c> (the reference's <c>DataContractV1[T]</c>,
/// docs/protocol/models.md#contracts, docs/protocol/databags.md#v1-requirer).
/// </summary>
/// <typeparam name="T">The response model.</typeparam>
public sealed class DataContractV1<T> : RequestListContract<T> where T : class, IRelationModel, new()
{
    private const string Name = "DataContractV1";

    /// <inheritdoc/>
    private protected override string ModelName => Name;

    /// <summary>
    /// Reads a provider's flat application databag: unknown keys (<c>data</c>, <c>status</c>, ...)
    /// ignored, a missing <c>version</c> means <c>v1</c>, a missing <c>requests</c> means no responses.
    /// </summary>
    /// <exception cref="RelationModelValidationException">
    /// <c>version</c> is not <c>v1</c>, <c>requests</c> is not a JSON list, or a response is invalid
    /// (thrown by the outermost read of <paramref name="context"/>).
    /// </exception>
    public static DataContractV1<T> ReadDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context)
    {
        var contract = new DataContractV1<T>();
        contract.ReadDatabagCore(databag, context);
        return contract;
    }

    /// <summary>
    /// Reads the contract from the JSON object the reader is on (its <c>StartObject</c> already
    /// read), leaving the reader on its <c>EndObject</c>. Same rules as <see cref="ReadDatabag"/>,
    /// with <c>requests</c> a JSON array and <c>version</c> a JSON string.
    /// </summary>
    /// <exception cref="RelationModelValidationException">As <see cref="ReadDatabag"/>.</exception>
    public static DataContractV1<T> ReadJson(ref Utf8JsonReader reader, ModelReadContext context)
    {
        var contract = new DataContractV1<T>();
        contract.ReadJsonCore(ref reader, context);
        return contract;
    }
}
