namespace DataPlatform.Contracts.Secrets;

/// <summary>
/// The secrets of one relation (or peer scope) as models use them: one secret per group, found by
/// its label or by the URI in the model's <c>secret-&lt;group&gt;</c> pointer.
/// </summary>
public interface ISecretRepository
{
    /// <summary>
    /// Whether models keep a <c>secret-&lt;group&gt;</c> pointer (relations) or find their secrets
    /// by label alone (peers).
    /// </summary>
    bool UsesPointers { get; }

    /// <summary>
    /// The group's secret: by label first, then by <paramref name="uri"/> (which attaches this
    /// side's label to it). Null when there is none.
    /// </summary>
    /// <param name="group">The secret group.</param>
    /// <param name="uri">The pointer's value, if any.</param>
    /// <param name="shortUuid">The request's short uuid, or null for labels without one.</param>
    StoredSecret? Get(string group, string? uri, string? shortUuid);

    /// <summary>Creates the group's secret with <paramref name="content"/> (and grants it where the scope asks).</summary>
    StoredSecret Add(string group, string? shortUuid, IReadOnlyDictionary<string, string> content);

    /// <summary>Replaces the content (a new revision); the caller skips this when nothing changed.</summary>
    void SetContent(StoredSecret secret, IReadOnlyDictionary<string, string> content);

    /// <summary>Removes the secret (every revision).</summary>
    void Remove(StoredSecret secret);
}
