using System.Text.RegularExpressions;
using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// What Juju accepts as secret content (docs/hook-tools.md#tools <c>secret-add</c>): at least one key,
/// keys like <c>^[a-z](-?[a-z0-9]){2,}$</c>. Values may be empty: Juju's <c>CreateSecretData</c> and
/// <c>encodeBase64</c> (juju/juju <c>core/secrets/createsecret.go</c>) check only the key and the
/// sizes, and upstream stores <c>""</c> inside an existing secret (docs/protocol/secrets.md#writing-secret-members).
/// </summary>
internal static partial class SecretContentRules
{
    /// <summary>Throws a <see cref="JujuException"/> naming the bad key (never a value) when <paramref name="content"/> is invalid.</summary>
    public static void Check(string tool, IReadOnlyDictionary<string, string> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Count == 0) throw new JujuException(tool, "missing secret value or filename");
        foreach (var key in content.Keys)
        {
            if (!KeyPattern().IsMatch(key)) throw new JujuException(tool, $"invalid secret key \"{key}\"");
        }
    }

    [GeneratedRegex("^([a-z](?:-?[a-z0-9]){2,})$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
