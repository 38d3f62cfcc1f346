using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Writing one member's value, whether a compact dump leaves it out, and its value as JSON.
    private static void EmitWriting(SourceWriter w, ModelSpec model)
    {
        var level = Level(model);
        var write = Own(model).Where(x => x.Member.IsWritten).Select(x => $"case {x.Index}: {WriteValue(x.Member)}; return;");
        EmitSwitch(w, $"{level} void __Write({Names.Member} member, {Names.JsonWriter} writer, {Names.WriteContext} context)", write,
            model.IsRoot ? "" : "base.__Write(member, writer, context);");

        var omitted = Own(model).Where(x => x.Member.IsWritten)
            .Select(x => (x.Index, Condition: OmittedFromCompactDump(x.Member)))
            .Where(x => x.Condition is not null)
            .Select(x => $"{x.Index} => {x.Condition}");
        EmitSwitchExpression(w, $"{level} bool __IsDefault({Names.Member} member)", omitted,
            model.IsRoot ? "false" : "base.__IsDefault(member)");

        var values = Own(model).Select(x => $"{x.Index} => {ToWire(x.Member)}");
        EmitSwitchExpression(w, $"{level} {Names.WireValue} __ValueOf({Names.Member} member)", values,
            model.IsRoot ? $"{Names.WireValue}.Null" : "base.__ValueOf(member)");
    }

    private static string WriteValue(MemberSpec member)
    {
        var name = member.Name;
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
        var isNull = !member.IsNullable ? null
            : member.Kind == ValueKind.Json ? $"{member.Name} is null || {member.Name}.IsNull"
            : $"{member.Name} is null";
        if (member.Default != DefaultKind.Constant || member.DefaultExpression is null or "null") return isNull;
        var isDefault = member.Kind == ValueKind.String
            ? $"string.Equals({member.Name}, {member.DefaultExpression}, global::System.StringComparison.Ordinal)"
            : $"{member.Name} == {member.DefaultExpression}";
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
