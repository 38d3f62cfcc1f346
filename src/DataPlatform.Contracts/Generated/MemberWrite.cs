using System.ComponentModel;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>Writes the member values a <see cref="PythonJsonWriter"/> has no single call for. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MemberWrite
{
    /// <summary>An integer, or <c>null</c>.</summary>
    public static void Number(PythonJsonWriter writer, long? value)
    {
        if (value is { } number) writer.WriteNumberValue(number);
        else writer.WriteNullValue();
    }

    /// <summary>A float, or <c>null</c>.</summary>
    public static void Number(PythonJsonWriter writer, double? value)
    {
        if (value is { } number) writer.WriteNumberValue(number);
        else writer.WriteNullValue();
    }

    /// <summary>Any JSON value; null as <c>null</c>.</summary>
    public static void Json(PythonJsonWriter writer, WireValue? value) => writer.WriteValue(value ?? WireValue.Null);

    /// <summary>A list of strings, or <c>null</c>.</summary>
    public static void Strings(PythonJsonWriter writer, IEnumerable<string>? values)
    {
        if (values is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartArray();
        foreach (var item in values) writer.WriteStringValue(item);
        writer.WriteEndArray();
    }

    /// <summary>A nested model (compact when the container is), or <c>null</c>.</summary>
    public static void Model(PythonJsonWriter writer, ModelWriteContext context, IRelationModel? model)
    {
        if (model is null) writer.WriteNullValue();
        else model.WriteJson(writer, context.IsCompact ? ModelWriteContext.Compact : ModelWriteContext.Full);
    }

    /// <summary>A list of nested models, or <c>null</c>; a null item is written as Python writes None in a list.</summary>
    public static void Models<T>(PythonJsonWriter writer, ModelWriteContext context, IEnumerable<T?>? models) where T : IRelationModel
    {
        if (models is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartArray();
        foreach (var item in models) Model(writer, context, item);
        writer.WriteEndArray();
    }
}
