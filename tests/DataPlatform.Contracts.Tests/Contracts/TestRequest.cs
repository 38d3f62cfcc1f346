using System.Text.Json;
using DataPlatform.Contracts.Generated;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Contracts;

/// <summary>
/// A hand-written stand-in for a generated model: <c>resource</c> (required string) and
/// <c>request-id</c> (optional string), written and read as a JSON object.
/// </summary>
internal sealed class TestRequest : IRelationModel
{
    private static readonly string[] Keys = { "resource", "request-id" };

    public string Resource { get; set; } = "";

    public string? RequestId { get; set; }

    public ModelWriteContext? LastWriteContext { get; private set; }

    public IReadOnlyList<string> WireKeys => Keys;

    public WireObject UnknownKeys { get; } = new();

    public WireValue this[string wireKey]
    {
        get => TryGetValue(wireKey, out var value) ? value : throw new KeyNotFoundException(wireKey);
        set => throw new NotSupportedException();
    }

    public bool TryGetValue(string wireKey, out WireValue value)
    {
        value = wireKey switch
        {
            "resource" => WireValue.FromString(Resource),
            "request-id" => WireValue.FromString(RequestId),
            _ => WireValue.Null,
        };
        return wireKey is "resource" or "request-id";
    }

    public bool IsExplicitlySet(string wireKey) => false;

    public IEnumerable<string> ExplicitlySetKeys => Array.Empty<string>();

    public void WriteJson(PythonJsonWriter writer, ModelWriteContext context)
    {
        LastWriteContext = context;
        writer.WriteStartObject();
        writer.WritePropertyName("resource");
        writer.WriteStringValue(Resource);
        writer.WritePropertyName("request-id");
        writer.WriteStringValue(RequestId);
        writer.WriteEndObject();
    }

    public void WriteDatabag(Databag databag, ModelWriteContext context) => throw new NotSupportedException();

    public void ReadJson(ref Utf8JsonReader reader, ModelReadContext context)
    {
        context.BeginModel();
        var sawResource = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString();
            reader.Read();
            switch (key)
            {
                case "resource":
                    sawResource = true;
                    Resource = WireRead.String(ref reader, context, "resource", nameof(Resource), nullable: false) ?? "";
                    break;
                case "request-id":
                    RequestId = WireRead.String(ref reader, context, "request-id", nameof(RequestId), nullable: true);
                    break;
                default:
                    UnknownKeys.Set(key!, WireJsonReader.ReadValue(ref reader));
                    break;
            }
        }
        if (!sawResource) WireRead.Missing(context, "resource", nameof(Resource));
        context.EndModel(nameof(TestRequest));
    }

    public void ReadDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context) => throw new NotSupportedException();

    public void Validate()
    {
    }

    public void Update(IRelationModel other) => throw new NotSupportedException();

    public void WriteSecrets(ISecretRepository secrets, string? shortUuid)
    {
    }

    public void ReadSecrets(ISecretRepository secrets, string? shortUuid, ModelReadContext context)
    {
    }
}
