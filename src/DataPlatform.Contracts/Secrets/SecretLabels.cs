using System.Globalization;

namespace DataPlatform.Contracts.Secrets;

/// <summary>Secret labels, as docs/protocol/secrets.md#labels gives them.</summary>
public static class SecretLabels
{
    /// <summary>
    /// A relation secret: <c>&lt;endpoint&gt;.&lt;relation-id&gt;[.&lt;short-uuid&gt;].&lt;group&gt;.secret</c>
    /// (no short uuid for V0-mode responses).
    /// </summary>
    public static string ForRelation(string endpoint, int relationId, string? shortUuid, string group)
    {
        var id = relationId.ToString(CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(shortUuid)
            ? $"{endpoint}.{id}.{group}.secret"
            : $"{endpoint}.{id}.{shortUuid}.{group}.secret";
    }

    /// <summary>
    /// A peer secret: <c>&lt;relation&gt;.&lt;app&gt;.&lt;scope&gt;</c>, plus <c>.&lt;group&gt;</c>
    /// unless the group is <c>extra</c>.
    /// </summary>
    public static string ForPeer(string relationName, string appName, string scope, string group) =>
        group == SecretGroups.Extra ? $"{relationName}.{appName}.{scope}" : $"{relationName}.{appName}.{scope}.{group}";

    /// <summary>
    /// Reads a relation secret label back as upstream does on secret events: at least three
    /// dot-separated parts, the second an integer relation id; the short uuid is the third part
    /// only when there are five or more.
    /// </summary>
    public static bool TryParseRelation(string label, out string relationName, out int relationId, out string? shortUuid)
    {
        relationName = "";
        relationId = 0;
        shortUuid = null;
        var parts = label.Split('.');
        if (parts.Length < 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out relationId)) return false;
        relationName = parts[0];
        if (parts.Length >= 5) shortUuid = parts[2];
        return true;
    }
}
