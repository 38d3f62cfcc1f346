namespace DataPlatform.Contracts.Secrets;

/// <summary>
/// The Juju secrets that the repositories build on, as one unit sees them (a hook tool backend or
/// the in-memory Juju implements it).
/// </summary>
public interface ISecretStore
{
    /// <summary>
    /// The secret this unit knows by <paramref name="label"/> (as owner, or its own consumer label),
    /// at the latest revision; null when there is none. The id may be empty when a consumer label
    /// found it and Juju did not report the id.
    /// </summary>
    /// <exception cref="SecretAccessException">The unit may not read it any more (grant revoked).</exception>
    SecretSnapshot? GetByLabel(string label);

    /// <summary>
    /// The secret <paramref name="id"/> at its latest revision, giving it <paramref name="label"/> as
    /// this unit's consumer label when the unit does not own it; null when it does not exist.
    /// </summary>
    /// <exception cref="SecretAccessException">The unit may not read it (not granted, foreign).</exception>
    SecretSnapshot? GetById(string id, string label);

    /// <summary>Creates a secret owned by this application with <paramref name="label"/>.</summary>
    SecretSnapshot Add(string label, IReadOnlyDictionary<string, string> content);

    /// <summary>Lets the remote application of relation <paramref name="relationId"/> read the secret.</summary>
    void Grant(string id, int relationId);

    /// <summary>Writes a new revision.</summary>
    void SetContent(string id, IReadOnlyDictionary<string, string> content);

    /// <summary>Removes the secret with every revision.</summary>
    void Remove(string id);
}

/// <summary>A secret's id and content at one revision.</summary>
public sealed record SecretSnapshot(string Id, IReadOnlyDictionary<string, string> Content)
{
    /// <summary>The id and the content keys; values are shown as <c>***</c>.</summary>
    public override string ToString() => $"SecretSnapshot {{ Id = {Id}, Content = {SecretText.Keys(Content)} }}";
}

/// <summary>A secret exists but this unit may not read it. Names the secret id, never its content.</summary>
public sealed class SecretAccessException : DataInterfacesException
{
    /// <summary>Creates the exception for secret <paramref name="secretId"/>.</summary>
    public SecretAccessException(string secretId, string reason)
        : base($"Secret {RemoteText.Prefix(secretId, RemoteText.MaxIdChars)} cannot be read: {reason}") => SecretId = secretId;

    /// <summary>The secret's id.</summary>
    public string SecretId { get; }
}
