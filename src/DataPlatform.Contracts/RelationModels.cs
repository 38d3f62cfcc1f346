using System.Buffers;
using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts;

/// <summary>One-call reads and writes of a model, for code that holds JSON text or a databag.</summary>
public static class RelationModels
{
    /// <summary>Reads a model from the JSON text of one object.</summary>
    /// <exception cref="RelationModelValidationException">Not an object, malformed, or not a valid model; names the key.</exception>
    public static T FromJson<T>(string json, ModelReadContext? context = null) where T : class, IRelationModel, new()
    {
        ArgumentNullException.ThrowIfNull(json);
        context ??= new ModelReadContext();
        // Text Python would not parse gives an empty buffer, which is not an object either.
        ReaderJson.TryRent(json, out var buffer, out var length);
        try
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), WireJsonReader.ReaderOptions);
            var model = new T();
            if (!TryStart(ref reader))
            {
                context.BeginModel();
                context.AddIssue("model_type", null, null, "Input should be a JSON object");
                context.EndModel(typeof(T).Name);
            }
            model.ReadJson(ref reader, context);
            return model;
        }
        finally
        {
            ReaderJson.Return(buffer);
        }
    }

    /// <summary>Reads a model from a decoded JSON value (an object).</summary>
    public static T FromWire<T>(WireValue value, ModelReadContext? context = null) where T : class, IRelationModel, new() =>
        FromJson<T>(PythonJson.Serialize(value), context);

    /// <summary>Reads a model from a flat databag.</summary>
    public static T FromDatabag<T>(IReadOnlyDictionary<string, string> databag, ModelReadContext? context = null) where T : class, IRelationModel, new()
    {
        var model = new T();
        model.ReadDatabag(databag, context ?? new ModelReadContext());
        return model;
    }

    /// <summary>The model as Python <c>json.dumps</c> text (full, no secrets, unless a context says otherwise).</summary>
    public static string ToJson(IRelationModel model, ModelWriteContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var writer = PythonJsonWriter.Rent();
        model.WriteJson(writer, context ?? ModelWriteContext.Full);
        return PythonJsonWriter.ToStringAndReturn(writer);
    }

    private static bool TryStart(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
