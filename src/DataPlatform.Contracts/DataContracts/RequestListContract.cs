using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DataPlatform.Contracts.Generated;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.DataContracts;

/// <summary>
/// A V1 contract: <c>version</c> <c>v1</c> and a list of models under <c>requests</c>
/// (docs/protocol/models.md#contracts, docs/protocol/databags.md#v1-requirer). Unknown keys are ignored on read.
/// </summary>
/// <typeparam name="T">The request or response model.</typeparam>
public abstract class RequestListContract<T> where T : class, IRelationModel, new()
{
    private const string VersionMember = "Version";
    private const string RequestsMember = "Requests";
    private const string V1 = "v1";

    private List<T> _requests = new();

    /// <summary>Creates an empty contract; only the two derived contracts exist.</summary>
    private protected RequestListContract()
    {
    }

    /// <summary>The contract version, always <c>v1</c>.</summary>
    public string Version => V1;

    /// <summary>The models, in wire order.</summary>
    /// <exception cref="ArgumentNullException">Setting null.</exception>
    public List<T> Requests
    {
        get => _requests;
        set => _requests = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The model name that validation errors report.</summary>
    private protected abstract string ModelName { get; }

    /// <summary>
    /// Writes <c>version</c> (raw <c>v1</c>) and <c>requests</c> (the Python JSON text of the list,
    /// every item through <see cref="IRelationModel.WriteJson"/>, which stores secrets when
    /// <paramref name="context"/> carries a repository) into <paramref name="databag"/>
    /// (docs/protocol/serialization.md#writing-a-model-to-a-databag, docs/protocol/databags.md#v1-requirer). Other keys are left as they are.
    /// </summary>
    public void WriteDatabag(Databag databag, ModelWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(databag);
        ArgumentNullException.ThrowIfNull(context);
        var writer = PythonJsonWriter.Rent();
        writer.WriteStartArray();
        foreach (var item in Requests) item.WriteJson(writer, context);
        writer.WriteEndArray();
        // Secrets are written before the databag changes, so a failed secret write leaves it intact.
        WriteListText(databag, PythonJsonWriter.ToStringAndReturn(writer));
    }

    /// <summary>Sets <c>version</c> to <c>v1</c> and <c>requests</c> to <paramref name="requests"/>, the JSON text of the list.</summary>
    internal static void WriteListText(Databag databag, string requests)
    {
        databag[WireKeys.Version] = V1;
        databag[WireKeys.Requests] = requests;
    }

    /// <summary>Fills this contract from a flat databag; see the derived types' <c>ReadDatabag</c>.</summary>
    private protected void ReadDatabagCore(IReadOnlyDictionary<string, string> databag, ModelReadContext context)
    {
        ArgumentNullException.ThrowIfNull(databag);
        ArgumentNullException.ThrowIfNull(context);
        context.BeginModel();
        if (databag.TryGetValue(WireKeys.Version, out var version) && !string.Equals(version, V1, StringComparison.Ordinal))
        {
            VersionIssue(context);
        }
        if (databag.TryGetValue(WireKeys.Requests, out var requests)) ReadRequestsText(requests, context);
        context.EndModel(ModelName);
    }

    /// <summary>Fills this contract from the JSON object the reader is on; see the derived types' <c>ReadJson</c>.</summary>
    private protected void ReadJsonCore(ref Utf8JsonReader reader, ModelReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.BeginModel();
        // Malformed JSON becomes an issue, so the caller gets one typed error naming the model
        // (paths entered below are left again by their finally blocks).
        try
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                context.AddIssue("model_type", null, null, "Input should be a valid dictionary or object to extract fields from");
                reader.Skip();
                context.EndModel(ModelName);
                return;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = WireJsonReader.GetString(in reader);
                reader.Read();
                switch (key)
                {
                    case WireKeys.Version:
                        if (reader.TokenType != JsonTokenType.String || !WireJsonReader.TextEquals(in reader, V1)) VersionIssue(context);
                        reader.Skip();
                        break;
                    case WireKeys.Requests:
                        ReadRequestsArray(ref reader, context);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            context.AddIssue("json_invalid", null, null, "Invalid JSON: the object is malformed or cut short");
        }
        context.EndModel(ModelName);
    }

    private static void VersionIssue(ModelReadContext context) =>
        context.AddIssue("literal_error", WireKeys.Version, VersionMember, "Input should be 'v1'");

    private void ReadRequestsText(string text, ModelReadContext context)
    {
        if (TryReadRequestsFast(text, context)) return;
        // Upstream decodes the text with json.loads and keeps the raw string when that fails;
        // either way anything but a JSON array is not a list.
        if (!ReaderJson.TryRent(text, out var buffer, out var length))
        {
            ListIssue(context);
            return;
        }
        try
        {
            var json = buffer.AsSpan(0, length);
            if (!WireJsonReader.IsSingleValue(json, out var first) || first != JsonTokenType.StartArray)
            {
                ListIssue(context);
                return;
            }
            var reader = new Utf8JsonReader(json, WireJsonReader.ReaderOptions);
            reader.Read();
            ReadRequestsArray(ref reader, context);
        }
        finally
        {
            ReaderJson.Return(buffer);
        }
    }

    /// <summary>
    /// The common case in one pass (docs/hook-cost.md): text System.Text.Json reads as one array,
    /// read while it is checked. False, with the read undone, for anything else (not an array,
    /// malformed, trailing text, Python-only JSON, the NaN stand-in), which the full path decides.
    /// </summary>
    private bool TryReadRequestsFast(string text, ModelReadContext context)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var issues = context.IssueCount;
        try
        {
            if (Utf8.FromUtf16(text, buffer, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done) return false;
            var json = buffer.AsSpan(0, length);
            var start = json.IndexOfAnyExcept(" \t\n\r"u8);
            if (start < 0 || json[start] != (byte)'[' || json.IndexOf(ReaderJson.NaNUtf8) >= 0) return false;
            var reader = new Utf8JsonReader(json, WireJsonReader.ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) return false;
            ReadRequestsArray(ref reader, context);
            if (!reader.Read() && !context.HasIssueSince(issues, "json_invalid")) return true;
        }
        catch (JsonException)
        {
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        context.DropIssuesSince(issues);
        return false;
    }

    /// <summary>Reads the list the reader is on into <see cref="Requests"/>, leaving the reader on its last token.</summary>
    private void ReadRequestsArray(ref Utf8JsonReader reader, ModelReadContext context)
    {
        var items = new List<T>();
        Requests = items;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            ListIssue(context);
            reader.Skip();
            return;
        }
        context.Enter(WireKeys.Requests);
        try
        {
            for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    context.AddIssue("model_type", index.ToString(System.Globalization.CultureInfo.InvariantCulture), RequestsMember,
                        "Input should be a valid dictionary or object to extract fields from");
                    reader.Skip();
                    continue;
                }
                context.Enter(index);
                try
                {
                    var item = new T();
                    ModelMachinery.ReadItem(item, ref reader, context);
                    items.Add(item);
                }
                finally
                {
                    context.Exit();
                }
            }
        }
        finally
        {
            context.Exit();
        }
    }

    private static void ListIssue(ModelReadContext context) =>
        context.AddIssue("list_type", WireKeys.Requests, RequestsMember, "Input should be a valid list");
}
