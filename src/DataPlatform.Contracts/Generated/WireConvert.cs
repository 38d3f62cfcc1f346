using System.ComponentModel;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>Member values as <see cref="WireValue"/>s, for access by wire name. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
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
    public static WireValue FromStrings(IEnumerable<string>? values) =>
        values is null ? WireValue.Null : WireValue.FromArray(values.Select(WireValue.FromString).ToArray());

    /// <summary>A nested model's value: its full JSON form.</summary>
    public static WireValue ToWire(IRelationModel? model)
    {
        if (model is null) return WireValue.Null;
        var writer = new PythonJsonWriter();
        model.WriteJson(writer, ModelWriteContext.Full);
        return PythonJson.ParseWritten(writer.ToString());
    }

    /// <summary>A model list member's value.</summary>
    public static WireValue FromModels<T>(IEnumerable<T?>? models) where T : IRelationModel =>
        models is null ? WireValue.Null : WireValue.FromArray(models.Select(m => ToWire(m)).ToArray());
}
