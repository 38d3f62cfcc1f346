namespace DataPlatform.Contracts.Generator.Emitting;

/// <summary>Fully qualified names the generated code uses (never relying on the user's usings).</summary>
internal static class Names
{
    public const string Contracts = "global::DataPlatform.Contracts";
    public const string IRelationModel = Contracts + ".IRelationModel";
    public const string IRequestIdentity = Contracts + ".IRequestIdentity";
    public const string ReadContext = Contracts + ".ModelReadContext";
    public const string WriteContext = Contracts + ".ModelWriteContext";
    public const string WireRead = Contracts + ".WireRead";
    public const string WireConvert = Contracts + ".WireConvert";
    public const string DatabagText = Contracts + ".DatabagText";
    public const string DatabagWrite = Contracts + ".DatabagWrite";
    public const string KeyRanks = Contracts + ".KeyRanks";
    public const string ModelText = Contracts + ".ModelText";
    public const string SecretPointerAttribute = Contracts + ".SecretPointerAttribute";
    public const string Wire = Contracts + ".Wire";
    public const string WireValue = Wire + ".WireValue";
    public const string WireObject = Wire + ".WireObject";
    public const string WireJsonReader = Wire + ".WireJsonReader";
    public const string Databag = Wire + ".Databag";
    public const string DatabagValue = Wire + ".DatabagValue";
    public const string JsonWriter = Wire + ".PythonJsonWriter";
    public const string Secrets = Contracts + ".Secrets";
    public const string SecretRepository = Secrets + ".ISecretRepository";
    public const string SecretField = Secrets + ".SecretField";
    public const string SecretWriter = Secrets + ".SecretWriter";
    public const string SecretReader = Secrets + ".SecretReader";
    public const string JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode(\"DataPlatform.Contracts.Generator\", \"1.0.0\")";
}
