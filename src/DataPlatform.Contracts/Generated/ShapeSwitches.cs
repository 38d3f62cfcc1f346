using System.Text.Json;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// A model type's <see cref="IMemberSwitch"/> behind one virtual call, made by
/// <see cref="ModelShape.Of{TMembers}"/>: callers that hold only the shape reach the read loop the
/// JIT specialised for the type, and its switches.
/// </summary>
internal abstract class ShapeSwitches
{
    /// <summary>Reads the JSON object the reader is on into the model, whose shape this belongs to.</summary>
    public abstract void ReadJson(IGeneratedModel model, ModelShape shape, ref Utf8JsonReader reader, ModelReadContext context);

    /// <summary>Reads one member from the JSON value the reader is on.</summary>
    public abstract void ReadMember(IGeneratedModel model, ModelMember member, ref Utf8JsonReader reader, ModelReadContext context);

    /// <summary>A string member's value, or an enum member's wire name; null for members of other kinds.</summary>
    public abstract string? TextOf(IGeneratedModel model, ModelMember member);
}

internal sealed class ShapeSwitches<TMembers> : ShapeSwitches where TMembers : struct, IMemberSwitch
{
    public override void ReadJson(IGeneratedModel model, ModelShape shape, ref Utf8JsonReader reader, ModelReadContext context) =>
        ModelMachinery.ReadJson<TMembers>(model, shape, ref reader, context);

    public override void ReadMember(IGeneratedModel model, ModelMember member, ref Utf8JsonReader reader, ModelReadContext context) =>
        TMembers.Read(model, member, ref reader, context);

    public override string? TextOf(IGeneratedModel model, ModelMember member) => TMembers.TextOf(model, member);
}
