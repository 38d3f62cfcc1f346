using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Generator.Tests.RoundTrip;

/// <summary>Relation secrets in a list: labels <c>test.0[.&lt;short uuid&gt;].&lt;group&gt;.secret</c>, ids <c>secret:&lt;n&gt;</c>.</summary>
public sealed class InMemorySecretRepository : ISecretRepository
{
    private int _next;

    public List<StoredSecret> Secrets { get; } = new();

    public bool UsesPointers => true;

    public static string Label(string group, string? shortUuid) =>
        shortUuid is null ? $"test.0.{group}.secret" : $"test.0.{shortUuid}.{group}.secret";

    public StoredSecret? Get(string group, string? uri, string? shortUuid) =>
        Secrets.FirstOrDefault(s => s.Label == Label(group, shortUuid))
        ?? (uri is null ? null : Secrets.FirstOrDefault(s => s.Id == uri));

    public StoredSecret Add(string group, string? shortUuid, IReadOnlyDictionary<string, string> content)
    {
        var secret = new StoredSecret("secret:" + ++_next, Label(group, shortUuid), new Dictionary<string, string>(content));
        Secrets.Add(secret);
        return secret;
    }

    public void SetContent(StoredSecret secret, IReadOnlyDictionary<string, string> content)
    {
        var index = Secrets.FindIndex(s => s.Id == secret.Id);
        Secrets[index] = secret with { Content = new Dictionary<string, string>(content) };
    }

    public void Remove(StoredSecret secret) => Secrets.RemoveAll(s => s.Id == secret.Id);
}
