using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Writing one member's value as JSON.
    private static List<string> WriteCases(ModelSpec model) =>
        Own(model).Where(x => x.Member.IsWritten).Select(x => $"case {x.Index}: {WriteValue(x.Member)}; return;").ToList();

    // Whether a compact dump leaves a member out.
    private static List<string> OmittedArms(ModelSpec model) =>
        Own(model).Where(x => x.Member.IsWritten)
            .Select(x => (x.Index, Condition: OmittedFromCompactDump(x.Member)))
            .Where(x => x.Condition is not null)
            .Select(x => $"{x.Index} => {x.Condition}")
            .ToList();

    // A member's value as a WireValue, for access by wire name, unknown keys and text.
    private static void EmitWriting(SourceWriter w, ModelSpec model)
    {
        var level = Level(model);
        var values = Own(model).Select(x => $"{x.Index} => {ToWire(x.Member)}");
        EmitSwitchExpression(w, $"{level} {Names.WireValue} __ValueOf({Names.Member} member)", values,
            model.IsRoot ? $"{Names.WireValue}.Null" : "base.__ValueOf(member)");
    }

    private static string WriteValue(MemberSpec member)
    {
        var name = "model." + member.Name;
        return member.Kind switch
        {
            ValueKind.String => $"writer.WriteStringValue({name})",
            ValueKind.Boolean => $"writer.WriteBooleanValue({name})",
            ValueKind.Int32 or ValueKind.Int64 => member.IsNullable ? $"{Names.MemberWrite}.Number(writer, (long?){name})" : $"writer.WriteNumberValue((long){name})",
            ValueKind.Double => member.IsNullable ? $"{Names.MemberWrite}.Number(writer, {name})" : $"writer.WriteNumberValue({name})",
            ValueKind.Enum => $"writer.WriteStringValue({EnumTable(member)}.ToWire({name}))",
            ValueKind.Json => $"{Names.MemberWrite}.Json(writer, {name})",
            ValueKind.StringList => $"{Names.MemberWrite}.Strings(writer, {name})",
            ValueKind.Model => $"{Names.MemberWrite}.Model(writer, context, {name})",
            _ => $"{Names.MemberWrite}.Models(writer, context, {name})",
        };
    }

    /// <summary>
    /// When a compact dump leaves the member out (pydantic's exclude_none and exclude_defaults), or
    /// null when it is always kept: factory and initializer defaults are unknown here.
    /// </summary>
    private static string? OmittedFromCompactDump(MemberSpec member)
    {
        var name = "model." + member.Name;
        var isNull = !member.IsNullable ? null
            : member.Kind == ValueKind.Json ? $"{name} is null || {name}.IsNull"
            : $"{name} is null";
        if (member.Default != DefaultKind.Constant || member.DefaultExpression is null or "null") return isNull;
        var isDefault = member.Kind == ValueKind.String
            ? $"string.Equals({name}, {member.DefaultExpression}, global::System.StringComparison.Ordinal)"
            : $"{name} == {member.DefaultExpression}";
        return isNull is null ? isDefault : $"{isNull} || {isDefault}";
    }

    private static string ToWire(MemberSpec member) => member.Kind switch
    {
        ValueKind.Enum => $"{Names.WireConvert}.ToWire({EnumTable(member)}.ToWire({member.Name}))",
        ValueKind.Int32 => $"{Names.WireConvert}.ToWire((long?){member.Name})",
        ValueKind.StringList => $"{Names.WireConvert}.FromStrings({member.Name})",
        ValueKind.ModelList => $"{Names.WireConvert}.FromModels({member.Name})",
        ValueKind.Model => $"{Names.WireConvert}.ToWire(({Names.IRelationModel}?){member.Name})",
        _ => $"{Names.WireConvert}.ToWire({member.Name})",
    };
}
