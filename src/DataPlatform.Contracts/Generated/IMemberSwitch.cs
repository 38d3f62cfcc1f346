using System.ComponentModel;
using System.Text.Json;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// The per-member switches the hot paths call: reading a member from JSON, a member's text for
/// the rules, writing its value, and whether a compact dump leaves it out. Each level of a
/// generated model declares a struct implementing it for its own type, which answers for its own
/// members and hands its base levels' members to its base's struct; the model is cast to its type
/// once, where the runtime enters, not per member. The runtime's read and write loops and rule
/// checks are generic over that struct, so the JIT makes one copy per model type with direct
/// calls, and a hook that handles models of several types does not share one loop's indirect
/// calls among them (docs/contributing.md#generated-code).
/// </summary>
/// <typeparam name="TModel">The level's model type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IMemberSwitch<TModel> where TModel : class, IGeneratedModel
{
    /// <summary>
    /// Reads <paramref name="member"/> of <paramref name="model"/> from the JSON value the reader is
    /// on; a value that does not fit records an issue and leaves the member as it was.
    /// </summary>
    static abstract void Read(TModel model, ModelMember member, ref Utf8JsonReader reader, ModelReadContext context);

    /// <summary>A string member's value, or an enum member's wire name; null for members of other kinds.</summary>
    static abstract string? TextOf(TModel model, ModelMember member);

    /// <summary>Writes the value of <paramref name="member"/> of <paramref name="model"/> (its key is written already).</summary>
    static abstract void Write(TModel model, ModelMember member, PythonJsonWriter writer, ModelWriteContext context);

    /// <summary>Whether a compact dump leaves <paramref name="member"/> out: null, or equal to its declared constant default.</summary>
    static abstract bool IsDefault(TModel model, ModelMember member);
}
