namespace DataPlatform.Contracts.Secrets;

/// <summary>Reads one group's members back from its secret (the reference's <c>extract_secrets</c>). Used by the model machinery (Generated/ModelMachinery.Secrets.cs).</summary>
internal static class SecretReader
{
    /// <summary>
    /// The group's secret, or null when the model has no pointer (where pointers are used) or the
    /// secret cannot be found; the member values then stay as read.
    /// </summary>
    public static StoredSecret? Find(ISecretRepository secrets, string group, string? pointer, string? shortUuid)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (secrets.UsesPointers && pointer is null) return null;
        return secrets.Get(group, pointer, shortUuid);
    }

    /// <summary>A string member's value in the secret, or null when the key is absent.</summary>
    public static string? String(StoredSecret secret, string key) =>
        secret.Content.TryGetValue(key, out var value) ? value : null;

    /// <summary>
    /// A bool member's value: <c>true</c>/<c>false</c> in any letter case (D16); anything else is a
    /// <c>bool_parsing</c> issue naming the key and group, never the value.
    /// </summary>
    public static bool? Boolean(StoredSecret secret, string key, string group, string member, ModelReadContext context)
    {
        if (!secret.Content.TryGetValue(key, out var value)) return null;
        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)) return false;
        context.AddIssue("bool_parsing", key, member, $"The '{group}' secret holds a value for '{key}' that is not true or false");
        return null;
    }
}
