using System.Text.Json;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// A model type's <see cref="IMemberSwitch{TModel}"/> behind one virtual call, made by
/// <see cref="ModelShape.Of{TMembers, TModel}"/>: callers that hold only the shape reach the read loop the
/// JIT specialised for the type, and its switches.
/// </summary>
internal abstract class ShapeSwitches
{
    /// <summary>Reads the JSON object the reader is on into the model, whose shape this belongs to.</summary>
    public abstract void ReadJson(IGeneratedModel model, ModelShape shape, ref Utf8JsonReader reader, ModelReadContext context);

    /// <summary>Writes the model, whose shape this belongs to, as one JSON object (its secrets already stored).</summary>
    public abstract void WriteJson(IGeneratedModel model, ModelShape shape, PythonJsonWriter writer, ModelWriteContext context);

    /// <summary>Reads one member from the JSON value the reader is on.</summary>
    public abstract void ReadMember(IGeneratedModel model, ModelMember member, ref Utf8JsonReader reader, ModelReadContext context);

    /// <summary>A string member's value, or an enum member's wire name; null for members of other kinds.</summary>
    public abstract string? TextOf(IGeneratedModel model, ModelMember member);

    /// <summary>Writes one member's value (its key is written already).</summary>
    public abstract void Write(IGeneratedModel model, ModelMember member, PythonJsonWriter writer, ModelWriteContext context);
}

// The casts are the one check that the model is of the shape's type (or derives from it).
internal sealed class ShapeSwitches<TMembers, TModel> : ShapeSwitches
    where TMembers : struct, IMemberSwitch<TModel>
    where TModel : class, IGeneratedModel
{
    public override void ReadJson(IGeneratedModel model, ModelShape shape, ref Utf8JsonReader reader, ModelReadContext context) =>
        ModelMachinery.ReadJson<TMembers, TModel>((TModel)model, shape, ref reader, context);

    public override void WriteJson(IGeneratedModel model, ModelShape shape, PythonJsonWriter writer, ModelWriteContext context) =>
        ModelMachinery.WriteJson<TMembers, TModel>((TModel)model, shape, writer, context);

    public override void ReadMember(IGeneratedModel model, ModelMember member, ref Utf8JsonReader reader, ModelReadContext context) =>
        TMembers.Read((TModel)model, member, ref reader, context);

    public override string? TextOf(IGeneratedModel model, ModelMember member) => TMembers.TextOf((TModel)model, member);

    public override void Write(IGeneratedModel model, ModelMember member, PythonJsonWriter writer, ModelWriteContext context) =>
        TMembers.Write((TModel)model, member, writer, context);
}
