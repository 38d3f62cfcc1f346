using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts;

/// <summary>Member values to <see cref="WireValue"/>s, for access by wire name. Called by generated code.</summary>
public static class WireConvert
{
    /// <summary>A string member's value.</summary>
    public static WireValue ToWire(string? value) => WireValue.FromString(value);

    /// <summary>A bool member's value.</summary>
    public static WireValue ToWire(bool? value) => value is null ? WireValue.Null : WireValue.FromBoolean(value.Value);

    /// <summary>An integer member's value.</summary>
    public static WireValue ToWire(long? value) => value is null ? WireValue.Null : WireValue.FromInteger(value.Value);

    /// <summary>A float member's value.</summary>
    public static WireValue ToWire(double? value) => value is null ? WireValue.Null : WireValue.FromFloat(value.Value);

    /// <summary>A JSON member's value.</summary>
    public static WireValue ToWire(WireValue? value) => value ?? WireValue.Null;

    /// <summary>A string list member's value.</summary>
    public static WireValue ToWire(IReadOnlyList<string>? values)
    {
        if (values is null) return WireValue.Null;
        var items = new WireValue[values.Count];
        for (var i = 0; i < items.Length; i++) items[i] = WireValue.FromString(values[i]);
        return WireValue.FromArray(items);
    }

    /// <summary>A nested model's value: its full JSON form.</summary>
    public static WireValue ToWire(IRelationModel? model)
    {
        if (model is null) return WireValue.Null;
        var writer = new PythonJsonWriter();
        model.WriteJson(writer, ModelWriteContext.Full);
        return PythonJson.ParseWritten(writer.ToString());
    }

    /// <summary>A model list member's value.</summary>
    public static WireValue ToWire<T>(IReadOnlyList<T>? models) where T : IRelationModel
    {
        if (models is null) return WireValue.Null;
        var items = new WireValue[models.Count];
        for (var i = 0; i < items.Length; i++) items[i] = ToWire(models[i]);
        return WireValue.FromArray(items);
    }

    /// <summary>UTF-8 JSON of <paramref name="value"/> in a pooled buffer, for a generated member reader.</summary>
    public static byte[] Rent(WireValue value, out int length) => ReaderJson.Rent(value, out length);
}
