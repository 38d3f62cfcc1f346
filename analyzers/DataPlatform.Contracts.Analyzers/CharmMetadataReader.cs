using System.Globalization;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>An endpoint of a charm's metadata: its name and, when readable, its <c>limit</c>.</summary>
internal sealed class CharmEndpoint(string name)
{
    public string Name { get; } = name;

    /// <summary>The <c>limit:</c> value, when it is a plain integer.</summary>
    public int? Limit { get; set; }

    /// <summary>True when the endpoint has a limit (or a flow-style body) that could not be read.</summary>
    public bool LimitUnreadable { get; set; }
}

/// <summary>What the analyzers need of a <c>charmcraft.yaml</c> or <c>metadata.yaml</c>.</summary>
internal sealed class CharmMetadataFile
{
    public const string Requires = "requires";
    public const string Provides = "provides";
    public const string Peers = "peers";

    /// <summary>True when the file has a top-level <c>name:</c>, i.e. it describes the charm (not only how to build it).</summary>
    public bool HasName { get; set; }

    /// <summary>The endpoints by block (<c>requires</c>, <c>provides</c>, <c>peers</c>) and name; a block absent from the file is absent here.</summary>
    public Dictionary<string, Dictionary<string, CharmEndpoint>> Blocks { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// A deliberately small reader of charm metadata YAML: the top-level keys, the endpoint names one
/// indentation level under <c>requires:</c>, <c>provides:</c> and <c>peers:</c>, and each endpoint's
/// <c>limit:</c>. Anything it does not understand inside those blocks (flow style, anchors, tabs,
/// odd indentation, several documents) makes the whole file unreadable, and the analyzers then say
/// nothing.
/// </summary>
internal static class CharmMetadataReader
{
    private static readonly HashSet<string> RelationBlocks = new(StringComparer.Ordinal)
    {
        CharmMetadataFile.Requires, CharmMetadataFile.Provides, CharmMetadataFile.Peers,
    };

    /// <summary>The metadata, or null when the text is not YAML this reader can follow.</summary>
    public static CharmMetadataFile? Read(string text)
    {
        var result = new CharmMetadataFile();
        var topKeys = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, CharmEndpoint>? block = null;
        var endpointIndent = -1;
        var childIndent = -1;
        CharmEndpoint? endpoint = null;

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            if (i == 0) line = line.TrimStart('\uFEFF');
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ') indent++;
            if (indent == line.Length) continue;
            if (line[indent] == '\t') return null;
            var rest = line.Substring(indent);
            if (rest[0] == '#') continue;

            if (indent == 0)
            {
                if (rest == "---" || rest.StartsWith("--- ", StringComparison.Ordinal))
                {
                    if (topKeys.Count > 0 || rest.Length > 3) return null;
                    continue;
                }
                if (rest[0] == '%' || rest == "...") return null;
                if (rest == "-" || rest.StartsWith("- ", StringComparison.Ordinal))
                {
                    // A block sequence at column 0 is the value of the previous top-level key.
                    if (block is not null || topKeys.Count == 0) return null;
                    continue;
                }
                if (!TryKey(rest, out var key, out var value) || !topKeys.Add(key)) return null;
                if (key == "name") result.HasName = true;
                block = null;
                endpoint = null;
                if (RelationBlocks.Contains(key))
                {
                    if (value.Length > 0) return null;
                    block = new Dictionary<string, CharmEndpoint>(StringComparer.Ordinal);
                    result.Blocks[key] = block;
                    endpointIndent = -1;
                }
                continue;
            }

            if (block is null)
            {
                if (topKeys.Count == 0) return null;
                continue;
            }
            if (endpointIndent < 0) endpointIndent = indent;
            if (indent < endpointIndent) return null;
            if (indent == endpointIndent)
            {
                if (!TryKey(rest, out var name, out var value) || block.ContainsKey(name) || name.StartsWith("<<", StringComparison.Ordinal)) return null;
                endpoint = new CharmEndpoint(name);
                block[name] = endpoint;
                childIndent = -1;
                if (value.Length > 0)
                {
                    if (value[0] is '&' or '*' or '!') return null;
                    endpoint.LimitUnreadable = true;
                }
                continue;
            }
            if (endpoint is null) return null;
            if (childIndent < 0) childIndent = indent;
            if (indent < childIndent) return null;
            if (indent == childIndent && TryKey(rest, out var child, out var childValue))
            {
                if (child.StartsWith("<<", StringComparison.Ordinal)) return null;
                if (child != "limit") continue;
                if (int.TryParse(childValue, NumberStyles.None, CultureInfo.InvariantCulture, out var limit)) endpoint.Limit = limit;
                else endpoint.LimitUnreadable = true;
            }
        }
        return result;
    }

    // "key: value # comment" or "key:", with a plain or simply quoted key.
    internal static bool TryKey(string text, out string key, out string value)
    {
        key = "";
        value = "";
        int colon;
        if (text[0] is '"' or '\'')
        {
            var close = text.IndexOf(text[0], 1);
            if (close < 0 || (text[0] == '"' && text.IndexOf('\\', 1, close - 1) >= 0)) return false;
            key = text.Substring(1, close - 1);
            colon = close + 1;
            while (colon < text.Length && text[colon] == ' ') colon++;
            if (colon >= text.Length || text[colon] != ':') return false;
        }
        else
        {
            if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0]) >= 0) return false;
            colon = -1;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == ':' && (i + 1 == text.Length || text[i + 1] == ' '))
                {
                    colon = i;
                    break;
                }
                if (text[i] == '#' && i > 0 && text[i - 1] == ' ') return false;
            }
            if (colon <= 0) return false;
            key = text.Substring(0, colon).TrimEnd();
        }
        if (key.Length == 0) return false;
        if (colon + 1 < text.Length && text[colon + 1] != ' ') return false;
        value = StripComment(text.Substring(colon + 1).Trim());
        return true;
    }

    private static string StripComment(string value)
    {
        if (value.Length == 0 || value[0] == '#') return "";
        if (value[0] is '"' or '\'') return value;
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? value : value.Substring(0, hash).TrimEnd();
    }
}
