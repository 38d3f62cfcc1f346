
namespace DataPlatform.Contracts.Generator.Shared;

/// <summary>Metadata names of the runtime types the generator and the analyzers look for.</summary>
internal static class KnownNames
{
    public const string Namespace = "DataPlatform.Contracts";
    public const string RelationModelAttribute = "DataPlatform.Contracts.RelationModelAttribute";
    public const string SecretGroupAttribute = "DataPlatform.Contracts.SecretGroupAttribute";
    public const string WireNameAttribute = "DataPlatform.Contracts.WireNameAttribute";
    public const string InputAliasesAttribute = "DataPlatform.Contracts.InputAliasesAttribute";
    public const string AliasUsedForAttribute = "DataPlatform.Contracts.AliasUsedForAttribute";
    public const string WireDefaultAttribute = "DataPlatform.Contracts.WireDefaultAttribute";
    public const string WireDefaultFactoryAttribute = "DataPlatform.Contracts.WireDefaultFactoryAttribute";
    public const string WireLiteralAttribute = "DataPlatform.Contracts.WireLiteralAttribute";
    public const string SecretPointerAttribute = "DataPlatform.Contracts.SecretPointerAttribute";
    public const string NotSerializedAttribute = "DataPlatform.Contracts.NotSerializedAttribute";
    public const string KeepOnUpdateAttribute = "DataPlatform.Contracts.KeepOnUpdateAttribute";
    public const string PeerModel = "DataPlatform.Contracts.Models.PeerModel";
    public const string WireValue = "DataPlatform.Contracts.Wire.WireValue";

    /// <summary>The built-in group shorthands and the group each stands for.</summary>
    public static readonly IReadOnlyDictionary<string, string> GroupShorthands = new Dictionary<string, string>
    {
        ["DataPlatform.Contracts.UserSecretAttribute"] = "user",
        ["DataPlatform.Contracts.TlsSecretAttribute"] = "tls",
        ["DataPlatform.Contracts.MtlsSecretAttribute"] = "mtls",
        ["DataPlatform.Contracts.ExtraSecretAttribute"] = "extra",
        ["DataPlatform.Contracts.EntitySecretAttribute"] = "entity",
    };

    /// <summary>Whether an attribute class is <c>[SecretGroup]</c> or one of its shorthands.</summary>
    public static bool IsSecretGroupAttribute(string? name) =>
        name is not null && (name == SecretGroupAttribute || GroupShorthands.ContainsKey(name));
}
