namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>
/// Secret ids in their forms (docs/hook-tools.md#secret-ids, docs/hook-tools.md#secrets-model): <c>secret:xid</c> (Juju 3.0),
/// <c>secret://model-uuid/xid</c> (later 3.x), or a bare <c>xid</c>. They name the same secret
/// when their <c>xid</c> is equal.
/// </summary>
internal static class SecretUri
{
    /// <summary>The unique part, <c>xid</c>, of any form.</summary>
    public static string Xid(string id)
    {
        var text = id.Trim();
        if (text.StartsWith("secret:", StringComparison.Ordinal)) text = text["secret:".Length..];
        var slash = text.LastIndexOf('/');
        return slash < 0 ? text : text[(slash + 1)..];
    }

    /// <summary>
    /// The id to hand to Juju: a URI stays as given; a bare xid becomes
    /// <c>secret://model-uuid/xid</c>, or <c>secret:xid</c> when the model uuid is unknown (as ops does).
    /// </summary>
    public static string Canonical(string id, string? modelUuid)
    {
        var text = id.Trim();
        if (text.StartsWith("secret:", StringComparison.Ordinal)) return text;
        return modelUuid is null ? "secret:" + text : $"secret://{modelUuid}/{text}";
    }
}
