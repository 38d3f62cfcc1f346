using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // The level's __Members struct: the switches the hot paths call. The runtime's read and write
    // loops and rule checks are generic over it, so each model type gets its own copy of them;
    // members of the base levels go on to the base's struct.
    private static void EmitMembers(SourceWriter w, ModelSpec model)
    {
        w.Line($"[{Names.Hidden}]");
        w.Open($"{(model.IsSealed ? "private" : "protected")} {(model.IsRoot ? "" : "new ")}struct __Members : {Names.IMemberSwitch}<{model.Name}>");
        EmitMemberSwitch(w, model, $"void Read({model.Name} model, {Names.Member} member, ref {Names.JsonReader} reader, {Names.ReadContext} context)",
            "Read(model, member, ref reader, context)", ReadCases(model));
        w.Line();
        EmitMemberSwitchExpression(w, model, $"string? TextOf({model.Name} model, {Names.Member} member)",
            "TextOf(model, member)", TextArms(model), "null");
        w.Line();
        EmitMemberSwitch(w, model, $"void Write({model.Name} model, {Names.Member} member, {Names.JsonWriter} writer, {Names.WriteContext} context)",
            "Write(model, member, writer, context)", WriteCases(model));
        w.Line();
        EmitMemberSwitchExpression(w, model, $"bool IsDefault({model.Name} model, {Names.Member} member)",
            "IsDefault(model, member)", OmittedArms(model), "false");
        w.Close();
        w.Line();
    }

    // A static switch statement: a base level's member goes to the base's struct, then one case per own member.
    private static void EmitMemberSwitch(SourceWriter w, ModelSpec model, string signature, string baseCall, List<string> cases)
    {
        w.Open("public static " + signature);
        if (!model.IsRoot) w.Line($"if (member.Index < {model.Offset}) {{ {model.BaseTypeName}.__Members.{baseCall}; return; }}");
        if (cases.Count > 0)
        {
            w.Open("switch (member.Index)");
            foreach (var line in cases) w.Line(line);
            w.Close();
        }
        w.Close();
    }

    // A static switch expression: the base's answer for a base level's member, one arm per own member, else the default.
    private static void EmitMemberSwitchExpression(SourceWriter w, ModelSpec model, string signature, string baseCall, List<string> arms, string none)
    {
        var toBase = model.IsRoot ? none : $"{model.BaseTypeName}.__Members.{baseCall}";
        if (arms.Count == 0)
        {
            w.Line($"public static {signature} => {toBase};");
            return;
        }
        w.Line($"public static {signature} => {(model.IsRoot ? "" : $"member.Index < {model.Offset} ? {toBase} : ")}member.Index switch");
        w.Line("{");
        foreach (var arm in arms) w.Line($"    {arm},");
        w.Line($"    _ => {none},");
        w.Line("};");
    }
}
