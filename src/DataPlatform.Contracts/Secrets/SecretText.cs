namespace DataPlatform.Contracts.Secrets;

/// <summary>How types that hold secret content print it: the keys, never the values.</summary>
internal static class SecretText
{
    public static string Keys(IReadOnlyDictionary<string, string>? content)
    {
        if (content is null) return "null";
        if (content.Count == 0) return "{}";
        var keys = new List<string>(content.Keys);
        keys.Sort(StringComparer.Ordinal);
        return "{ " + string.Join(", ", keys.Select(k => k + " = ***")) + " }";
    }
}
