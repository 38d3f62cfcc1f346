namespace DataPlatform.Contracts.Generator.Shared;

/// <summary>Rules a declaration must follow to be generated; the analyzers report the same rules.</summary>
internal static class ModelRules
{
    /// <summary>
    /// The most keys one member may be read from (its aliases, wire name and Python name): a read
    /// keeps which key supplied each member as its rank + 1 in a byte (docs/contributing.md).
    /// </summary>
    public const int MaxInputKeys = 254;

    /// <summary>Keys a V1 contract uses itself, which no member may take.</summary>
    public static readonly string[] ReservedKeys = { "version", "requests", "data", "status", "alias" };

    /// <summary>
    /// A group name must make a label part and a key: letters, digits, <c>-</c> and <c>_</c> only
    /// (a <c>.</c> would split the label, whitespace would break the key).
    /// </summary>
    public static bool IsValidGroupName(string? group)
    {
        if (string.IsNullOrEmpty(group)) return false;
        foreach (var c in group!)
        {
            var ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_';
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>Whether a wire name can be written as a key (non-empty, no control characters).</summary>
    public static bool IsValidWireName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var c in name!)
        {
            if (char.IsControl(c)) return false;
        }
        return true;
    }
}
