using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

public static partial class ModelMachinery
{
    // Writing: one JSON object in declaration order then the unknown keys, or flat databag keys
    // (docs/protocol/serialization.md#writing-a-model-to-a-databag).

    /// <summary>Writes the model as one JSON object (secrets first, when the context has a repository).</summary>
    public static void WriteJson(IGeneratedModel model, PythonJsonWriter writer, ModelWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Secrets is { } secrets) WriteSecrets(model, secrets, context.ShortUuidOf(model));
        var shape = model.Shape;
        shape.Switches.WriteJson(model, shape, writer, context);
    }

    // The loop, one copy per model type as for reads (ReadJson<TMembers, TModel>), with a direct
    // call to the level's switches per member, where one shared loop would make an indirect call
    // tuned to whichever type a process wrote first.
    internal static void WriteJson<TMembers, TModel>(TModel model, ModelShape shape, PythonJsonWriter writer, ModelWriteContext context)
        where TMembers : struct, IMemberSwitch<TModel>
        where TModel : class, IGeneratedModel
    {
        var compact = context.IsCompact;
        var unknown = model.UnknownKeySlot.Count > 0 ? model.UnknownKeySlot.Value : null;
        writer.WriteStartObject();
        foreach (var member in shape.Written)
        {
            // A member read through an alias keeps the losing keys as unknown keys; one under the
            // member's own wire key replaces its value, in its place, as json.dumps(model_dump())
            // merges extras into the field's key (docs/protocol/serialization.md#input-keys).
            if (member.AliasCount > 0 && unknown is not null && unknown.TryGetValue(member.WireName, out var shadow))
            {
                if (compact && shadow.IsNull) continue;
                writer.WritePropertyName(member.WireName);
                writer.WriteDumpedValue(shadow);
                continue;
            }
            if (compact && TMembers.IsDefault(model, member)) continue;
            writer.WriteQuotedPropertyName(member.QuotedName);
            TMembers.Write(model, member, writer, context);
        }
        if (unknown is not null)
        {
            foreach (var entry in unknown)
            {
                if (compact && entry.Value.IsNull) continue;
                if (shape.IsShadowKey(entry.Key)) continue;
                writer.WritePropertyName(entry.Key);
                writer.WriteDumpedValue(entry.Value);
            }
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes the model's top-level keys into a flat databag, as the reference's <c>write_model</c>.</summary>
    public static void WriteDatabag(IGeneratedModel model, Databag databag, ModelWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(databag);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Secrets is { } secrets) WriteSecrets(model, secrets, context.ShortUuidOf(model));
        PythonJsonWriter? json = null;
        foreach (var member in model.Shape.Written)
        {
            switch (member.Kind)
            {
                case MemberKind.String:
                case MemberKind.Enum:
                    DatabagWrite.Text(databag, member.WireName, model.TextOf(member));
                    break;
                case MemberKind.Json:
                    // JSON null deletes the key, a string is raw text.
                    DatabagWrite.Value(databag, member.WireName, model.ValueOf(member));
                    break;
                default:
                    json ??= new PythonJsonWriter();
                    json.Clear();
                    model.Write(member, json, context);
                    var text = json.ToString();
                    if (text == "null") databag.Remove(member.WireName);
                    else DatabagWrite.Text(databag, member.WireName, text);
                    break;
            }
        }
        if (model.UnknownKeySlot.Count == 0) return;
        foreach (var entry in model.UnknownKeySlot.Value) DatabagWrite.Value(databag, entry.Key, entry.Value);
    }
}
