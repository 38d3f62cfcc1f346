using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Conformance.Tests.Replayers;

/// <summary>How a vector's <c>type</c> name is read, written and shown with our models.</summary>
public abstract class VectorType
{
    private static readonly Dictionary<string, VectorType> Types = new(StringComparer.Ordinal)
    {
        ["RequirerCommonModel"] = new ModelType<RequirerCommonModel>(),
        ["KafkaRequestModel"] = new ModelType<KafkaRequestModel>(),
        ["ResourceProviderModel"] = new ModelType<ResourceProviderModel>(),
        ["KafkaResponseModel"] = new ModelType<KafkaResponseModel>(),
        ["RelationStatus"] = new ModelType<RelationStatus>(),
        ["EntityPermissionModel"] = new ModelType<EntityPermissionModel>(),
        ["RequirerDataContractV0"] = new ModelType<RequirerDataContractV0>(),
        ["DataContractV0"] = new ModelType<DataContractV0>(),
        ["RequirerDataContractV1[RequirerCommonModel]"] = new RequirerV1Type<RequirerCommonModel>(),
        ["RequirerDataContractV1[KafkaRequestModel]"] = new RequirerV1Type<KafkaRequestModel>(),
        ["DataContractV1[ResourceProviderModel]"] = new ProviderV1Type<ResourceProviderModel>(),
        ["DataContractV1[KafkaResponseModel]"] = new ProviderV1Type<KafkaResponseModel>(),
        ["RequirerDataContract"] = new RequirerUnionType(),
    };

    public static VectorType Named(string name) =>
        Types.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"No C# counterpart for vector type '{name}'.");

    /// <summary>Builds the value from input fields (a JSON object, Python or wire names), as <c>model_validate</c>.</summary>
    public abstract object FromFields(JsonElement fields, ModelReadContext context);

    /// <summary>Reads a databag, as <c>build_model</c>.</summary>
    public abstract object FromDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context);

    /// <summary>Writes into a databag, as <c>write_model</c>.</summary>
    public abstract void Write(object value, Databag databag, ModelWriteContext context);

    /// <summary><c>model_dump(mode="json")</c>: every member, nulls kept, no secret values.</summary>
    public abstract JsonElement Dump(object value);

    /// <summary>The vectors' "parsed" view: non-null members, secret values included, unknown keys as <c>extra:&lt;key&gt;</c>.</summary>
    public abstract JsonElement Parsed(object value);

    /// <summary>The vectors' "original_field", for V0 requests.</summary>
    public virtual string? OriginalField(object value) => null;

    protected static JsonElement Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    protected static JsonElement DumpModel(IRelationModel model, ModelWriteContext context)
    {
        var writer = new PythonJsonWriter();
        model.WriteJson(writer, context);
        using var document = JsonDocument.Parse(writer.ToString());
        return document.RootElement.Clone();
    }

    /// <summary>The vectors' "parsed" view of one model (also the payload of scenario events).</summary>
    public static JsonElement ParsedModel(IRelationModel model)
    {
        var view = new WireObject();
        foreach (var key in model.WireKeys)
        {
            var value = model[key];
            if (!value.IsNull) view.Set(key, value);
        }
        if (model is RequirerDataContractV0 v0) view.Set("original-field", WireValue.FromString(v0.OriginalField));
        foreach (var entry in model.UnknownKeys) view.Set("extra:" + entry.Key, entry.Value);
        using var document = JsonDocument.Parse(PythonJson.Serialize(WireValue.FromObject(view)));
        return document.RootElement.Clone();
    }

    protected static Utf8JsonReader ReaderOn(JsonElement element)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(element.GetRawText()));
        reader.Read();
        return reader;
    }
}

internal sealed class ModelType<T> : VectorType where T : class, IRelationModel, new()
{
    public override object FromFields(JsonElement fields, ModelReadContext context)
    {
        var model = new T();
        var reader = ReaderOn(fields);
        model.ReadJson(ref reader, context);
        return model;
    }

    public override object FromDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context)
    {
        var model = new T();
        model.ReadDatabag(databag, context);
        return model;
    }

    public override void Write(object value, Databag databag, ModelWriteContext context) => ((T)value).WriteDatabag(databag, context);

    public override JsonElement Dump(object value) => DumpModel((T)value, ModelWriteContext.Full);

    public override JsonElement Parsed(object value) => ParsedModel((T)value);

    public override string? OriginalField(object value) => (value as RequirerDataContractV0)?.OriginalField;
}

internal abstract class ListType<T> : VectorType where T : class, IRelationModel, new()
{
    protected abstract RequestListContract<T> ReadJson(ref Utf8JsonReader reader, ModelReadContext context);

    public override object FromFields(JsonElement fields, ModelReadContext context)
    {
        var reader = ReaderOn(fields);
        return ReadJson(ref reader, context);
    }

    public override void Write(object value, Databag databag, ModelWriteContext context) => ((RequestListContract<T>)value).WriteDatabag(databag, context);

    public override JsonElement Dump(object value) => Contract((RequestListContract<T>)value, m => DumpModel(m, ModelWriteContext.Full));

    public override JsonElement Parsed(object value) => Contract((RequestListContract<T>)value, ParsedModel);

    private static JsonElement Contract(RequestListContract<T> contract, Func<T, JsonElement> item) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("requests");
        foreach (var request in contract.Requests) item(request).WriteTo(writer);
        writer.WriteEndArray();
        writer.WriteString("version", contract.Version);
        writer.WriteEndObject();
    });
}

internal sealed class RequirerV1Type<T> : ListType<T> where T : class, IRelationModel, new()
{
    protected override RequestListContract<T> ReadJson(ref Utf8JsonReader reader, ModelReadContext context) =>
        RequirerDataContractV1<T>.ReadJson(ref reader, context);

    public override object FromDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context) =>
        RequirerDataContractV1<T>.ReadDatabag(databag, context);
}

internal sealed class ProviderV1Type<T> : ListType<T> where T : class, IRelationModel, new()
{
    protected override RequestListContract<T> ReadJson(ref Utf8JsonReader reader, ModelReadContext context) =>
        DataContractV1<T>.ReadJson(ref reader, context);

    public override object FromDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context) =>
        DataContractV1<T>.ReadDatabag(databag, context);
}

internal sealed class RequirerUnionType : VectorType
{
    private static readonly ModelType<RequirerDataContractV0> V0 = new();
    private static readonly RequirerV1Type<RequirerCommonModel> V1 = new();

    public override object FromFields(JsonElement fields, ModelReadContext context)
    {
        var reader = ReaderOn(fields);
        return RequirerDataContract<RequirerCommonModel>.ReadJson(ref reader, context);
    }

    public override object FromDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context) =>
        RequirerDataContract<RequirerCommonModel>.ReadDatabag(databag, context);

    public override void Write(object value, Databag databag, ModelWriteContext context)
    {
        var contract = (RequirerDataContract<RequirerCommonModel>)value;
        if (contract.V0 is not null) ((IRelationModel)contract.V0).WriteDatabag(databag, context);
        else contract.V1!.WriteDatabag(databag, context);
    }

    public override JsonElement Dump(object value) => Pick(value, V0.Dump, V1.Dump);

    public override JsonElement Parsed(object value) => Pick(value, V0.Parsed, V1.Parsed);

    public override string? OriginalField(object value) => ((RequirerDataContract<RequirerCommonModel>)value).V0?.OriginalField;

    private static JsonElement Pick(object value, Func<object, JsonElement> v0, Func<object, JsonElement> v1)
    {
        var contract = (RequirerDataContract<RequirerCommonModel>)value;
        return contract.V0 is not null ? v0(contract.V0) : v1(contract.V1!);
    }
}
