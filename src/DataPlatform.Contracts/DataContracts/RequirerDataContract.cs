using System.Text.Json;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.DataContracts;

/// <summary>
/// A requirer's app databag read as whichever contract its <c>version</c> key names: missing means
/// a V0 client's flat request, <c>v1</c> a list of requests, anything else is an error
/// (the reference's <c>RequirerDataContract</c> adapter, docs/protocol/models.md#contracts).
/// </summary>
/// <typeparam name="T">The V1 request model.</typeparam>
public sealed class RequirerDataContract<T> where T : RequirerCommonModel, new()
{
    private const string ModelName = "RequirerDataContract";

    private RequirerDataContract(RequirerDataContractV0? v0, RequirerDataContractV1<T>? v1)
    {
        V0 = v0;
        V1 = v1;
    }

    /// <summary>The V0 client's request, when the databag has no <c>version</c>.</summary>
    public RequirerDataContractV0? V0 { get; }

    /// <summary>The V1 requests, when <c>version</c> is <c>v1</c>.</summary>
    public RequirerDataContractV1<T>? V1 { get; }

    /// <summary><c>v0</c> or <c>v1</c>.</summary>
    public string Version => V0 is null ? "v1" : "v0";

    /// <summary>The requests, whichever the version: the V0 request alone, or the V1 list.</summary>
    public IReadOnlyList<RequirerCommonModel> Requests => V0 is not null ? new RequirerCommonModel[] { V0 } : V1!.Requests;

    /// <summary>Reads a requirer's app databag.</summary>
    /// <exception cref="RelationModelValidationException">Unknown version, or an invalid request; names the key.</exception>
    public static RequirerDataContract<T> ReadDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context)
    {
        ArgumentNullException.ThrowIfNull(databag);
        ArgumentNullException.ThrowIfNull(context);
        var version = databag.TryGetValue(WireKeys.Version, out var text) ? text : "v0";
        if (version is not ("v0" or "v1")) throw UnknownVersion(version);
        context.Enter(version);
        try
        {
            if (version == "v1") return new RequirerDataContract<T>(null, RequirerDataContractV1<T>.ReadDatabag(databag, context));
            var request = new RequirerDataContractV0();
            ((IRelationModel)request).ReadDatabag(databag, context);
            return new RequirerDataContract<T>(request, null);
        }
        finally
        {
            context.Exit();
        }
    }

    /// <summary>Reads the contract from the JSON object the reader is on (its <c>StartObject</c> read).</summary>
    /// <exception cref="RelationModelValidationException">Unknown version, or an invalid request; names the key.</exception>
    public static RequirerDataContract<T> ReadJson(ref Utf8JsonReader reader, ModelReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var version = PeekVersion(reader) ?? "v0";
        if (version is not ("v0" or "v1")) throw UnknownVersion(version);
        context.Enter(version);
        try
        {
            if (version == "v1") return new RequirerDataContract<T>(null, RequirerDataContractV1<T>.ReadJson(ref reader, context));
            var request = new RequirerDataContractV0();
            ((IRelationModel)request).ReadJson(ref reader, context);
            return new RequirerDataContract<T>(request, null);
        }
        finally
        {
            context.Exit();
        }
    }

    // The version decides how to read the rest, so look ahead on a copy of the reader.
    // Malformed JSON ends the look-ahead; the read that follows reports it as an issue.
    private static string? PeekVersion(Utf8JsonReader lookahead)
    {
        try
        {
            while (lookahead.Read() && lookahead.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = WireJsonReader.TextEquals(in lookahead, WireKeys.Version);
                lookahead.Read();
                if (isVersion) return lookahead.TokenType == JsonTokenType.String ? WireJsonReader.GetString(in lookahead) : lookahead.TokenType.ToString();
                lookahead.Skip();
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    private static RelationModelValidationException UnknownVersion(string version) =>
        new(ModelName, new[]
        {
            new ValidationIssue("union_tag_invalid", Array.Empty<string>(), "Version",
                $"Input tag '{RemoteText.Prefix(version)}' found using discriminate_on_version() does not match any of the expected tags: 'v0', 'v1'"),
        });
}
