using System.Text.Json.Serialization;
using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Benchmarks;

// Plain DTOs with the same wire names as RequirerCommonModel / ResourceProviderModel, serialized
// by System.Text.Json's source generator: the baseline the generated models are compared with.
// They declare every member the models declare; the secret members (filled from Juju secrets,
// never on the wire) are [JsonIgnore], as they would be in a DTO-based library.

public sealed class RequestDto
{
    [JsonPropertyName("resource")] public string Resource { get; set; } = "";
    [JsonPropertyName("request-id")] public string? RequestId { get; set; }
    [JsonPropertyName("salt")] public string Salt { get; set; } = "";
    [JsonPropertyName("extra-user-roles")] public string? ExtraUserRoles { get; set; }
    [JsonPropertyName("extra-group-roles")] public string? ExtraGroupRoles { get; set; }
    [JsonPropertyName("external-node-connectivity")] public bool ExternalNodeConnectivity { get; set; }
    [JsonPropertyName("entity-type")] public string? EntityType { get; set; }
    [JsonPropertyName("entity-permissions")] public List<EntityPermissionDto>? EntityPermissions { get; set; }
    [JsonPropertyName("secret-mtls")] public string? SecretMtls { get; set; }
    [JsonIgnore] public string? MtlsCert { get; set; }
}

public sealed class EntityPermissionDto
{
    [JsonPropertyName("resource_name")] public string ResourceName { get; set; } = "";
    [JsonPropertyName("resource_type")] public string ResourceType { get; set; } = "";
    [JsonPropertyName("privileges")] public List<string> Privileges { get; set; } = new();
}

public sealed class ResponseDto
{
    [JsonPropertyName("resource")] public string Resource { get; set; } = "";
    [JsonPropertyName("request-id")] public string? RequestId { get; set; }
    [JsonPropertyName("salt")] public string Salt { get; set; } = "";
    [JsonPropertyName("endpoints")] public string? Endpoints { get; set; }
    [JsonPropertyName("read-only-endpoints")] public string? ReadOnlyEndpoints { get; set; }
    [JsonPropertyName("secret-user")] public string? SecretUser { get; set; }
    [JsonPropertyName("secret-tls")] public string? SecretTls { get; set; }
    [JsonPropertyName("secret-extra")] public string? SecretExtra { get; set; }
    [JsonPropertyName("secret-entity")] public string? SecretEntity { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonIgnore] public string? Username { get; set; }
    [JsonIgnore] public string? Password { get; set; }
    [JsonIgnore] public string? Uris { get; set; }
    [JsonIgnore] public string? ReadOnlyUris { get; set; }
    [JsonIgnore] public string? Tls { get; set; }
    [JsonIgnore] public string? TlsCa { get; set; }
    [JsonIgnore] public string? EntityName { get; set; }
    [JsonIgnore] public string? EntityPassword { get; set; }
}

[JsonSerializable(typeof(List<RequestDto>))]
[JsonSerializable(typeof(List<ResponseDto>))]
[JsonSerializable(typeof(RequestDto))]
public sealed partial class DtoJsonContext : JsonSerializerContext
{
}
