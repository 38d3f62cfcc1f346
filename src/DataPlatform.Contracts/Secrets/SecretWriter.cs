namespace DataPlatform.Contracts.Secrets;

/// <summary>
/// Stores one group's members in its secret as the reference's <c>serialize_model</c> does, with
/// one write per operation (D10) and the pointer cleared when the secret is emptied (D11).
/// Used by the model machinery (Generated/ModelMachinery.Secrets.cs).
/// </summary>
internal static class SecretWriter
{
    /// <summary>Writes the group and returns the pointer the model should now hold.</summary>
    /// <param name="secrets">The repository.</param>
    /// <param name="group">The group.</param>
    /// <param name="pointer">The model's current pointer (ignored where pointers are not used).</param>
    /// <param name="shortUuid">The model's short uuid for the label, or null.</param>
    /// <param name="fields">The group's members, in declaration order.</param>
    public static string? Write(ISecretRepository secrets, string group, string? pointer, string? shortUuid, ReadOnlySpan<SecretField> fields)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var existing = secrets.Get(group, secrets.UsesPointers ? pointer : null, shortUuid);
        if (existing is null)
        {
            // Upstream writes field by field: the first non-empty value creates the secret, and
            // every later non-null value joins it. "" alone never creates a secret.
            Dictionary<string, string>? created = null;
            foreach (var field in fields)
            {
                if (created is null)
                {
                    if (!string.IsNullOrEmpty(field.Value)) created = new Dictionary<string, string>(StringComparer.Ordinal) { [field.Key] = field.Value };
                }
                else if (field.Value is null) created.Remove(field.Key);
                else created[field.Key] = field.Value;
            }
            return created is null ? pointer : secrets.Add(group, shortUuid, created).Id;
        }

        var content = new Dictionary<string, string>(existing.Content, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.Value is null) content.Remove(field.Key);
            else content[field.Key] = field.Value;
        }
        if (content.Count == 0)
        {
            secrets.Remove(existing);
            return null;
        }
        if (!SameContent(content, existing.Content)) secrets.SetContent(existing, content);
        return existing.Id;
    }

    private static bool SameContent(Dictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        if (a.Count != b.Count) return false;
        foreach (var entry in a)
        {
            if (!b.TryGetValue(entry.Key, out var other) || !string.Equals(entry.Value, other, StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
