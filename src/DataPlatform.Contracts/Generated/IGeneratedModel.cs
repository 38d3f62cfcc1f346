using System.ComponentModel;
using System.Text.Json;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// What a generated model supplies to <see cref="ModelMachinery"/>: its shape, its state, and
/// per-member switches (a member's reader is in its level's shape). In return it gets every <see cref="IRelationModel"/> member, implemented
/// here once, explicitly, so none of them shows on the model itself. Implemented by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IGeneratedModel : IRelationModel
{
    /// <summary>The shape of the model's most derived type.</summary>
    ModelShape Shape { get; }

    /// <summary>Where the model keeps the keys it does not declare.</summary>
    ref UnknownKeySlot UnknownKeySlot { get; }

    /// <summary>Which members were explicitly set.</summary>
    ref MemberSet ExplicitlySet { get; }

    /// <summary>Sets a string member to <paramref name="text"/>; false for a member of any other kind.</summary>
    bool ReadText(ModelMember member, string? text);

    /// <summary>The member's value as JSON.</summary>
    WireValue ValueOf(ModelMember member);

    /// <summary>A string member's value, or an enum member's wire name; null for members of other kinds.</summary>
    string? TextOf(ModelMember member) => Shape.Switches.TextOf(this, member);

    /// <summary>Writes the member's value (its key is written already).</summary>
    void Write(ModelMember member, PythonJsonWriter writer, ModelWriteContext context) => Shape.Switches.Write(this, member, writer, context);

    /// <summary>Records the rules the model breaks, base levels first, each level's <c>OnValidate</c> after its members' rules.</summary>
    void Validate(ModelReadContext context);

    IReadOnlyList<string> IRelationModel.WireKeys => Shape.WireKeys;

    WireObject IRelationModel.UnknownKeys => UnknownKeySlot.Value;

    WireValue IRelationModel.this[string wireKey]
    {
        get => ModelMachinery.Get(this, wireKey);
        set => ModelMachinery.Set(this, wireKey, value);
    }

    bool IRelationModel.TryGetValue(string wireKey, out WireValue value) => ModelMachinery.TryGetValue(this, wireKey, out value);

    bool IRelationModel.IsExplicitlySet(string wireKey) => ModelMachinery.IsExplicitlySet(this, wireKey);

    IEnumerable<string> IRelationModel.ExplicitlySetKeys => ModelMachinery.ExplicitlySetKeys(this);

    void IRelationModel.WriteJson(PythonJsonWriter writer, ModelWriteContext context) => ModelMachinery.WriteJson(this, writer, context);

    void IRelationModel.WriteDatabag(Databag databag, ModelWriteContext context) => ModelMachinery.WriteDatabag(this, databag, context);

    void IRelationModel.ReadJson(ref Utf8JsonReader reader, ModelReadContext context) => ModelMachinery.ReadJson(this, ref reader, context);

    void IRelationModel.ReadDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context) => ModelMachinery.ReadDatabag(this, databag, context);

    void IRelationModel.Validate() => ModelMachinery.Validate(this);

    void IRelationModel.Update(IRelationModel other) => ModelMachinery.Update(this, other);

    void IRelationModel.WriteSecrets(ISecretRepository secrets, string? shortUuid) => ModelMachinery.WriteSecrets(this, secrets, shortUuid);

    void IRelationModel.ReadSecrets(ISecretRepository secrets, string? shortUuid, ModelReadContext context) => ModelMachinery.ReadSecrets(this, secrets, shortUuid, context);
}
