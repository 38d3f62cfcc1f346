using System.Text.Json;

namespace DataPlatform.Contracts.DataContracts;

/// <summary>
/// What a V1 requirer writes to its application databag: <c>version</c> <c>v1</c> and its
/// requests under <c>requests</c> (the reference's <c>RequirerDataContractV1[T]</c>, docs/protocol/models.md#contracts, docs/protocol/databags.md#v1-requirer).
/// </summary>
/// <typeparam name="T">The request model.</typeparam>
public sealed class RequirerDataContractV1<T> : RequestListContract<T> where T : class, IRelationModel, new()
{
    private const string Name = "RequirerDataContractV1";

    /// <inheritdoc/>
    private protected override string ModelName => Name;

    /// <summary>
    /// Reads a requirer's flat application databag: unknown keys ignored, a missing
    /// <c>version</c> means <c>v1</c>, a missing <c>requests</c> means no requests.
    /// </summary>
    /// <exception cref="RelationModelValidationException">
    /// <c>version</c> is not <c>v1</c>, <c>requests</c> is not a JSON list, or a request is invalid
    /// (thrown by the outermost read of <paramref name="context"/>).
    /// </exception>
    public static RequirerDataContractV1<T> ReadDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context)
    {
        var contract = new RequirerDataContractV1<T>();
        contract.ReadDatabagCore(databag, context);
        return contract;
    }

    /// <summary>
    /// Reads the contract from the JSON object the reader is on (its <c>StartObject</c> already
    /// read), leaving the reader on its <c>EndObject</c>. Same rules as <see cref="ReadDatabag"/>,
    /// with <c>requests</c> a JSON array and <c>version</c> a JSON string.
    /// </summary>
    /// <exception cref="RelationModelValidationException">As <see cref="ReadDatabag"/>.</exception>
    public static RequirerDataContractV1<T> ReadJson(ref Utf8JsonReader reader, ModelReadContext context)
    {
        var contract = new RequirerDataContractV1<T>();
        contract.ReadJsonCore(ref reader, context);
        return contract;
    }
}
