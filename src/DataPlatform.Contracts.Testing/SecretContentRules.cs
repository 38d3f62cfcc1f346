using System.Text.RegularExpressions;
using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing;

/// <summary>What Juju accepts as secret content (juju-hook-tools.md 1.2 <c>secret-add</c>): non-empty, keys like <c>^[a-z](-?[a-z0-9]){2,}$</c>.</summary>
internal static partial class SecretContentRules
{
    /// <summary>Throws a <see cref="JujuException"/> naming the bad key (never a value) when <paramref name="content"/> is invalid.</summary>
    public static void Check(string tool, IReadOnlyDictionary<string, string> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Count == 0) throw new JujuException(tool, "missing secret value or filename");
        foreach (var (key, value) in content)
        {
            if (!KeyPattern().IsMatch(key)) throw new JujuException(tool, $"invalid secret key \"{key}\"");
            if (string.IsNullOrEmpty(value)) throw new JujuException(tool, "empty secret value not valid");
        }
    }

    [GeneratedRegex("^([a-z](?:-?[a-z0-9]){2,})$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
