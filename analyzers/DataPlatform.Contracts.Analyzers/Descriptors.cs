using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>
/// Every diagnostic of the product. Ids are grouped by kind and never reused: DPC0001-0099
/// declarations, DPC0100-0199 requests, DPC0200-0299 charm metadata,
/// DPC0300-0399 secret hygiene.
/// </summary>
internal static class Descriptors
{
    public const string DeclarationsCategory = "DataPlatform.Contracts.Declarations";
    public const string RequestsCategory = "DataPlatform.Contracts.Requests";
    public const string MetadataCategory = "DataPlatform.Contracts.CharmMetadata";
    public const string SecretsCategory = "DataPlatform.Contracts.SecretHygiene";

    private const string HelpBase = "https://github.com/dataplatform-contracts/dataplatform-contracts/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor NotPartial = Create(
        "DPC0001", DeclarationsCategory, DiagnosticSeverity.Error,
        "Relation model types and the types containing them must be partial",
        "'{0}' is not partial, so the generator cannot add the relation model code of '{1}'",
        "The source generator adds the serialization, secret and validation members of a [RelationModel] type as a second partial declaration. When the type, or any type it is nested in, is not declared partial, the generator skips the type and every call to its generated members fails to compile.");

    public static readonly DiagnosticDescriptor SecretMemberType = Create(
        "DPC0002", DeclarationsCategory, DiagnosticSeverity.Error,
        "A secret member must be string? or bool?",
        "Secret member '{0}' has type '{1}'; a member of a secret group must be 'string?' or 'bool?'",
        "Juju secret content is a map of strings, and a secret group member is absent from the databag until the secret is read, so only nullable strings and nullable booleans can be stored in a secret group. The generator skips a model with any other secret member type.");

    public static readonly DiagnosticDescriptor SecretOutsideModel = Create(
        "DPC0003", DeclarationsCategory, DiagnosticSeverity.Warning,
        "Secret attribute on a member of a type that is not a relation model",
        "'{0}' is marked secret, but its type '{1}' has no [RelationModel] attribute, so the attribute has no effect",
        "Secret group attributes are only read by the source generator on members of [RelationModel] types. On any other class the attribute does nothing: the value is neither stored in a Juju secret nor kept out of the databag.");

    public static readonly DiagnosticDescriptor InvalidGroupName = Create(
        "DPC0004", DeclarationsCategory, DiagnosticSeverity.Error,
        "Invalid secret group name",
        "Secret group name '{0}' on '{1}' is not valid: use at least one letter, digit, '-' or '_' and nothing else",
        "A secret group name becomes part of the secret's label (<endpoint>.<relation-id>.<group>.secret) and of the databag key secret-<group>. An empty name, whitespace, a dot or any other character would produce a key or label that upstream charms cannot parse, so the generator skips the model.");

    public static readonly DiagnosticDescriptor MultipleSecretAttributes = Create(
        "DPC0005", DeclarationsCategory, DiagnosticSeverity.Error,
        "A member can belong to one secret group only",
        "'{0}' has {1} secret group attributes; a member belongs to exactly one secret group",
        "Each secret member is stored in exactly one Juju secret. A member with two secret group attributes is ambiguous and the generator skips the model.");

    public static readonly DiagnosticDescriptor DuplicateWireKey = Create(
        "DPC0006", DeclarationsCategory, DiagnosticSeverity.Error,
        "Two members use the same wire key",
        "'{0}' uses the wire key '{1}', which {2}",
        "Every member of a relation model, including inherited members and the secret-<group> pointer the generator adds for each secret group, is written under its own key. Two members with one key would overwrite each other on the wire, so the generator skips the model.");

    public static readonly DiagnosticDescriptor ReservedWireKey = Create(
        "DPC0007", DeclarationsCategory, DiagnosticSeverity.Warning,
        "A member uses a key the contract itself uses",
        "'{0}' uses the wire key '{1}', which the relation data contract itself uses",
        "The V1 contract and the V0 and peer databags use the keys version, requests, data, status and alias themselves. A model member written under one of these keys collides with the contract's own key in a flat databag and corrupts what the other side reads.");

    public static readonly DiagnosticDescriptor DerivedWithoutAttribute = Create(
        "DPC0008", DeclarationsCategory, DiagnosticSeverity.Warning,
        "A type deriving from a relation model declares members but is not a relation model",
        "'{0}' derives from the relation model '{1}' and declares settable properties, but has no [RelationModel] attribute, so they are never serialized",
        "[RelationModel] is not inherited. A derived class without it uses its base's generated serialization, which silently drops the derived class's own properties from databags and secrets.");

    public static readonly DiagnosticDescriptor NotGeneratable = Create(
        "DPC0009", DeclarationsCategory, DiagnosticSeverity.Error,
        "The generator cannot generate this relation model",
        "'{0}' cannot be generated: {1}",
        "The source generator only handles non-generic, non-abstract, non-static, non-file-local classes and record classes with a parameterless constructor, whose members have supported types. It skips anything else, so the model's generated members do not exist.");

    public static readonly DiagnosticDescriptor RequiredWithoutDefault = Create(
        "DPC0010", DeclarationsCategory, DiagnosticSeverity.Warning,
        "A non-nullable member has no default",
        "'{0}' is non-nullable and has no initializer or [WireDefault], so reading a databag without '{1}' fails",
        "A plain auto-property of a relation model without an initializer is required on the wire: a databag or request that lacks its key fails validation, which on a relation usually means the other charm has not written it yet. Make the member nullable or give it a default.");

    public static readonly DiagnosticDescriptor EntityRolesMismatch = Create(
        "DPC0100", RequestsCategory, DiagnosticSeverity.Error,
        "Extra roles do not match the requested entity type",
        "A request for entity type {0} sets '{1}'; use '{2}' instead",
        "Upstream providers reject a request for a USER entity that sets extra group roles, and a request for a GROUP entity that sets extra user roles, as inconsistent entity information. The request is refused at runtime by the provider charm.");

    public static readonly DiagnosticDescriptor ConsumerGroupPrefix = Create(
        "DPC0101", RequestsCategory, DiagnosticSeverity.Error,
        "Kafka consumer group prefix with '*' in its first three characters",
        "Consumer group prefix '{0}' has a '*' in its first three characters, which Kafka providers reject",
        "The Kafka provider refuses a consumer group prefix with a wildcard among its first three characters, since it would grant access to other applications' consumer groups.");

    public static readonly DiagnosticDescriptor DuplicateRequest = Create(
        "DPC0102", RequestsCategory, DiagnosticSeverity.Warning,
        "Two requests for the same resource and entity type",
        "This request for resource '{0}' with entity type {1} repeats an earlier request in the same collection",
        "Each request in a requirer's request list gets its own request id and its own credentials from the provider. Two requests for the same resource and entity type create duplicate users or grants on the provider side, which is almost never intended.");

    public static readonly DiagnosticDescriptor UndeclaredRelation = Create(
        "DPC0200", MetadataCategory, DiagnosticSeverity.Warning,
        "The relation is not declared in the charm's metadata",
        "Relation '{0}' is not declared under '{1}:' in the charm's metadata; declared there: {2}",
        "A requirer handler observes the events of an endpoint the charm requires, a provider handler those of an endpoint it provides. Juju never raises events for a relation name the charm's charmcraft.yaml or metadata.yaml does not declare under requires (or provides), so the handler silently never runs.");

    public static readonly DiagnosticDescriptor AliasCount = Create(
        "DPC0201", MetadataCategory, DiagnosticSeverity.Warning,
        "The number of relation aliases differs from the endpoint's limit",
        "Relation '{0}' has limit {1} in the charm's metadata, but {2} relation aliases are given",
        "A requirer gives one alias per relation its endpoint's limit allows. Upstream and this runtime raise 'Invalid number of aliases, expected <limit>, received <n>' when the handler is constructed, so the charm fails in its first hook.");

    public static readonly DiagnosticDescriptor UndefinedStatusCode = Create(
        "DPC0202", MetadataCategory, DiagnosticSeverity.Warning,
        "The status code is not defined in the status schema",
        "Status code {0} is not defined in the status schema{1}",
        "RaiseStatus(relationId, code) looks the code up in the provider's status schema and throws KeyNotFoundException when the schema does not define it, so the status is never raised.");

    public static readonly DiagnosticDescriptor MalformedStatusSchema = Create(
        "DPC0203", MetadataCategory, DiagnosticSeverity.Warning,
        "The status schema file is malformed",
        "The status schema '{0}' is malformed: {1}",
        "A status schema is a JSON object whose 'statuses' is a list of objects, each with an integer 'code' and string 'message' and 'resolution'. StatusSchema.Load throws on any other file, so the provider charm fails when it loads it.");

    public static readonly DiagnosticDescriptor SecretLeak = Create(
        "DPC0300", SecretsCategory, DiagnosticSeverity.Warning,
        "A secret member is written outside its Juju secret",
        "'{0}' belongs to secret group '{1}' and is written to {2}",
        "Members of a secret group (passwords, certificates, tokens) are kept in Juju secrets so that they never appear in databags. Writing them to the console, a log, an exception message or a debug listener puts them in juju debug-log, which every model admin can read; environment variables, child process command lines and files are readable by other processes on the machine.");

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpBase + id + ".md");
}
