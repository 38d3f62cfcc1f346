using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // The root of a hierarchy holds the state the runtime works on and hands it the switches;
    // IGeneratedModel implements IRelationModel from them, explicitly, so none of it shows on the model.
    private static void EmitRoot(SourceWriter w, ModelSpec model)
    {
        var state = model.IsSealed ? "private" : "protected";
        var g = Names.IGeneratedModel;
        w.Line($"[{Names.GeneratedCode}] private {Names.UnknownKeySlot} __unknownKeys;");
        w.Line("/// <inheritdoc/>");
        w.Line($"[{Names.GeneratedCode}] public {Names.WireObject} UnknownKeys => __unknownKeys.Value;");
        w.Line($"[{Names.Hidden}] {state} {Names.MemberSet} __set;");
        w.Line();
        w.Line($"{Names.Shape} {g}.Shape => __Shape;");
        w.Line($"ref {Names.UnknownKeySlot} {g}.UnknownKeySlot => ref __unknownKeys;");
        w.Line($"ref {Names.MemberSet} {g}.ExplicitlySet => ref __set;");
        w.Line($"bool {g}.ReadText({Names.Member} member, string? text) => __ReadText(member, text);");
        w.Line($"{Names.WireValue} {g}.ValueOf({Names.Member} member) => __ValueOf(member);");
        w.Line($"void {g}.Validate({Names.ReadContext} context) => __Validate(context);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"[{Names.GeneratedCode}] public void Validate() => {Names.Machinery}.Validate(this);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"[{Names.GeneratedCode}] public void Update({Names.IRelationModel} other) => {Names.Machinery}.Update(this, other);");
        w.Line();
    }
}
