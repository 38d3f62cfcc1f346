using System.Text;

namespace DataPlatform.Contracts.Generator.Shared;

/// <summary>How C# names become wire names; shared by the generator and the analyzers.</summary>
internal static class WireNames
{
    /// <summary>
    /// Kebab case, as the reference's hyphenated aliases: <c>ReadOnlyEndpoints</c> is
    /// <c>read-only-endpoints</c>, <c>TlsCa</c> is <c>tls-ca</c>, <c>HTTPServer</c> is <c>http-server</c>.
    /// </summary>
    public static string ToKebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsWordEnd = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var acronymEnds = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsWordEnd || acronymEnds) text.Append('-');
                text.Append(char.ToLowerInvariant(c));
            }
            else if (c == '_')
            {
                text.Append('-');
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>The Python field name the reference also accepts on input: hyphens as underscores.</summary>
    public static string ToPythonName(string wireName) => wireName.Replace('-', '_');

    /// <summary>The pointer key of a group.</summary>
    public static string PointerKey(string group) => "secret-" + group;

    /// <summary>The property name of a pointer the generator declares: <c>SecretExtra</c>, <c>SecretMyGroup</c>.</summary>
    public static string PointerProperty(string group)
    {
        var text = new StringBuilder("Secret");
        var upper = true;
        foreach (var c in group)
        {
            if (c is '-' or '_')
            {
                upper = true;
                continue;
            }
            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return text.ToString();
    }
}
