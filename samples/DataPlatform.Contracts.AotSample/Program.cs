// Round-trips a user-declared [RelationModel] through a V1 requirer databag and an in-memory
// secret repository. Exits 0 when everything comes back as written, 1 (with a message) otherwise.
// Published with Native AOT by .ci/run: the generated code must need no reflection.
using DataPlatform.Contracts;
using DataPlatform.Contracts.AotSample;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

var failures = new List<string>();
void Check(bool condition, string message)
{
    if (!condition) failures.Add(message);
}

var first = new ExtendedCommonModel
{
    Resource = "clientdb",
    Salt = "kkkkkkkk",
    ExtraUserRoles = "CREATEDB",
    OperatorPassword = "op-secret-1",
    AuditToken = "audit-token-1",
};
first.RequestId = RequestIds.Hash(first.Resource, first.Salt);
first.UnknownKeys.Set("x-custom-key", WireValue.FromString("kept"));

var second = new ExtendedCommonModel
{
    Resource = "",
    Salt = "xxxxxxxx",
    EntityType = EntityType.User,
    OperatorPassword = "op-secret-2",
};
second.RequestId = RequestIds.Hash(second.Resource, second.Salt);

var written = new RequirerDataContractV1<ExtendedCommonModel> { Requests = [first, second] };
var secrets = new InMemorySecretRepository("database", 7);
var databag = new Databag();
databag["alias"] = "cluster1";
written.WriteDatabag(databag, ModelWriteContext.WithSecrets(secrets));

Console.WriteLine("databag:");
foreach (var entry in databag.OrderBy(e => e.Key, StringComparer.Ordinal)) Console.WriteLine($"  {entry.Key} = {entry.Value}");
Console.WriteLine("secrets:");
foreach (var secret in secrets.Secrets.Values.OrderBy(s => s.Label, StringComparer.Ordinal))
{
    Console.WriteLine($"  {secret.Label} -> {secret.Id} ({string.Join(", ", secret.Content.Keys)})");
}

var text = databag.Get("requests") ?? "";
Check(databag.Get("version") == "v1", "version is not v1");
Check(databag.Get("alias") == "cluster1", "a databag key the contract does not own was changed");
foreach (var value in new[] { "op-secret-1", "op-secret-2", "audit-token-1" })
{
    Check(!text.Contains(value, StringComparison.Ordinal), "a secret value leaked into the databag");
}
Check(secrets.Secrets.Count == 3, $"expected 3 secrets (extra x2, mygroup x1), found {secrets.Secrets.Count}");

var read = RequirerDataContractV1<ExtendedCommonModel>.ReadDatabag(databag, new ModelReadContext(secrets));
Check(read.Requests.Count == 2, $"expected 2 requests, read {read.Requests.Count}");
if (read.Requests.Count == 2)
{
    var a = read.Requests[0];
    var b = read.Requests[1];
    Check(a.Resource == "clientdb", $"request 0: resource '{a.Resource}'");
    Check(a.RequestId == first.RequestId, $"request 0: request id '{a.RequestId}'");
    Check(a.Salt == "kkkkkkkk", "request 0: salt");
    Check(a.ExtraUserRoles == "CREATEDB", "request 0: extra-user-roles");
    Check(a.OperatorPassword == "op-secret-1", "request 0: operator-password not restored from the extra secret");
    Check(a.AuditToken == "audit-token-1", "request 0: audit-token not restored from the mygroup secret");
    Check(a.SecretExtra is not null && a.SecretExtra == first.SecretExtra, "request 0: secret-extra pointer");
    Check(a.SecretMygroup is not null && a.SecretMygroup == first.SecretMygroup, "request 0: secret-mygroup pointer");
    Check((a.UnknownKeys.Count > 0) && a.UnknownKeys.TryGetValue("x-custom-key", out var kept) && kept.Kind == WireValueKind.String && kept.AsString() == "kept",
        "request 0: unknown key x-custom-key not preserved");
    Check(b.Resource == "", $"request 1: resource '{b.Resource}'");
    Check(b.RequestId == second.RequestId, $"request 1: request id '{b.RequestId}'");
    Check(b.EntityType == EntityType.User, "request 1: entity-type");
    Check(b.OperatorPassword == "op-secret-2", "request 1: operator-password not restored");
    Check(b.AuditToken is null, "request 1: audit-token should be null");
    Check(b.SecretMygroup is null, "request 1: secret-mygroup should be null");
    Check(!(b.UnknownKeys.Count > 0), "request 1: unexpected unknown keys");
    Check(!a.ToString().Contains("op-secret-1", StringComparison.Ordinal), "request 0: ToString shows a secret value");
}

// Writing what was read gives the same databag again.
var again = new Databag { ["alias"] = "cluster1" };
read.WriteDatabag(again, ModelWriteContext.WithSecrets(secrets));
Check(again.Equals(databag), "re-writing the read contract changed the databag");
Check(secrets.Secrets.Count == 3, "re-writing created or removed secrets");

// The entry point, the YAML metadata loader and the in-memory Juju, in the same binary.
EntryPointCheck.Run(Check);

if (failures.Count > 0)
{
    foreach (var failure in failures) Console.Error.WriteLine($"round trip failed: {failure}");
    return 1;
}
Console.WriteLine("round trip ok");
return 0;
