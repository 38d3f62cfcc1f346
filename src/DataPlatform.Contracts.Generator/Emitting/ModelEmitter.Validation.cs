using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Rules: the base level's first, then this level's members' (checked by the runtime from the
    // table), then the user's OnValidate. Also the shape of the most derived type, and the text.
    private static void EmitValidation(SourceWriter w, ModelSpec model)
    {
        var level = Level(model);
        w.Line($"[{Names.Hidden}] {level} {Names.Shape} __Shape => __shape;");
        w.Line();
        w.Line($"[{Names.Hidden}]");
        w.Open($"{level} void __Validate({Names.ReadContext} context)");
        if (!model.IsRoot) w.Line("base.__Validate(context);");
        w.Line($"{Names.Machinery}.CheckMembers<__Members, {model.Name}>(this, __shape, __set, context);");
        w.Line("OnValidate(context);");
        w.Close();
        w.Line();
        w.Line("/// <summary>Implement to add rules of this model: record issues with <c>context.AddIssue</c>.</summary>");
        w.Line($"partial void OnValidate({Names.ReadContext} context);");
        w.Line();
        w.Line("/// <summary>The model's members by wire name; secret values are shown as <c>***</c>.</summary>");
        w.Line($"[{Names.GeneratedCode}] public override string ToString() => {Names.Machinery}.Text(this);");
    }
}
