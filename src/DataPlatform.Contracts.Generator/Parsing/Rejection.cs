namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// Every reason the parser rejects a <c>[RelationModel]</c> type. The analyzers report each one
/// (a specific DPC diagnostic, or DPC0009 with <see cref="ParseRejection.Reason"/>), and a test
/// enumerates this enum so that no new rejection can be silent.
/// </summary>
internal enum Rejection
{
    /// <summary>The type cannot take a generated part (<see cref="Declarations.WhyNotGeneratable"/>).</summary>
    TypeNotGeneratable,
    /// <summary>A base relation model declared in source cannot be generated.</summary>
    BaseNotGeneratable,
    /// <summary>A known attribute whose arguments do not bind (the compiler reports it).</summary>
    AttributeDoesNotBind,
    /// <summary>A member type the wire format cannot carry.</summary>
    UnsupportedType,
    /// <summary>An empty wire name or one with control characters.</summary>
    InvalidWireName,
    /// <summary>Two or more secret group attributes on one member.</summary>
    MultipleSecretGroups,
    /// <summary>A secret group name that cannot make a label and a key.</summary>
    InvalidGroupName,
    /// <summary>A secret member that is not <c>string?</c> or <c>bool?</c>.</summary>
    SecretType,
    /// <summary>A <c>[SecretPointer]</c> group name that is not valid.</summary>
    InvalidPointerGroup,
    /// <summary>A <c>[SecretPointer]</c> member that is not <c>string?</c>.</summary>
    PointerType,
    /// <summary>An <c>[AliasUsedFor]</c> member that is not a non-nullable <c>string</c>.</summary>
    AliasRecordType,
    /// <summary>A <c>[WireDefault]</c> value the generator cannot write as a C# constant.</summary>
    UnusableDefault,
    /// <summary>The pointer property the generator must declare is already a member's name.</summary>
    PointerNameTaken,
    /// <summary>An <c>[AliasUsedFor]</c> target that is not a member with <c>[InputAliases]</c>.</summary>
    AliasTargetMissing,
    /// <summary>Two written members with the same wire key.</summary>
    DuplicateWireKey,
}

/// <summary>Why the parser rejected a type: the kind and a sentence for DPC0009.</summary>
/// <param name="Kind">The rejection path.</param>
/// <param name="Reason">Completes "The generator cannot generate relation model 'X': ..." .</param>
internal sealed record ParseRejection(Rejection Kind, string Reason);
