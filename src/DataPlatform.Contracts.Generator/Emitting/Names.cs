namespace DataPlatform.Contracts.Generator.Emitting;

/// <summary>Fully qualified names the generated code uses (never relying on the user's usings).</summary>
internal static class Names
{
    public const string Contracts = "global::DataPlatform.Contracts";
    public const string IRelationModel = Contracts + ".IRelationModel";
    public const string ReadContext = Contracts + ".ModelReadContext";
    public const string WriteContext = Contracts + ".ModelWriteContext";
    public const string SecretPointerAttribute = Contracts + ".SecretPointerAttribute";
    public const string WireValue = Contracts + ".Wire.WireValue";
    public const string WireObject = Contracts + ".Wire.WireObject";
    public const string JsonWriter = Contracts + ".Wire.PythonJsonWriter";

    // The runtime's namespace for generated code (docs/contributing.md#generated-code).
    public const string Generated = Contracts + ".Generated";
    public const string IGeneratedModel = Generated + ".IGeneratedModel";
    public const string Machinery = Generated + ".ModelMachinery";
    public const string Shape = Generated + ".ModelShape";
    public const string IMemberSwitch = Generated + ".IMemberSwitch";
    public const string Member = Generated + ".ModelMember";
    public const string MemberKind = Generated + ".MemberKind";
    public const string MemberFlags = Generated + ".MemberFlags";
    public const string MemberSet = Generated + ".MemberSet";
    public const string UnknownKeySlot = Generated + ".UnknownKeySlot";
    public const string WireRead = Generated + ".WireRead";
    public const string WireConvert = Generated + ".WireConvert";
    public const string MemberWrite = Generated + ".MemberWrite";
    public const string WireEnum = Generated + ".WireEnum";

    public const string JsonReader = "global::System.Text.Json.Utf8JsonReader";

    /// <summary>The generator's own version, which every generated member carries.</summary>
    public static readonly string GeneratedCode =
        "global::System.CodeDom.Compiler.GeneratedCode(\"DataPlatform.Contracts.Generator\", \"" + typeof(Names).Assembly.GetName().Version + "\")";

    /// <summary>On members only generated code and the runtime call: out of IntelliSense.</summary>
    public static readonly string Hidden =
        GeneratedCode + ", global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)";
}
