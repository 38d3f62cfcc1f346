using YamlDotNet.RepresentationModel;

namespace DataPlatform.Contracts.Packer;

/// <summary>
/// Writes YAML as charmcraft does with PyYAML's <c>safe_dump</c>: block style, the keys of every
/// mapping sorted. Nodes are copied from <c>charmcraft.yaml</c> with their scalar styles and tags,
/// so a value the author quoted (a version, <c>'on'</c>) stays the same type in the packed file.
/// </summary>
internal static class YamlText
{
    /// <summary>A copy of <paramref name="node"/> whose mappings (at every depth) have sorted keys.</summary>
    public static YamlNode Sorted(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Mapping(mapping.Children
            .OrderBy(c => ((YamlScalarNode)c.Key).Value, StringComparer.Ordinal)
            .Select(c => new KeyValuePair<YamlNode, YamlNode>(Scalar((YamlScalarNode)c.Key), Sorted(c.Value)))),
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Sorted)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new ArgumentException($"unsupported YAML node {node.NodeType}", nameof(node)),
    };

    /// <summary>A mapping of <paramref name="children"/> in the order given.</summary>
    public static YamlMappingNode Mapping(IEnumerable<KeyValuePair<YamlNode, YamlNode>> children)
    {
        var mapping = new YamlMappingNode();
        foreach (var (key, value) in children) mapping.Add(key, value);
        return mapping;
    }

    /// <summary>The text of a one-document YAML file holding <paramref name="root"/>.</summary>
    public static string Write(YamlNode root)
    {
        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();
        // YamlDotNet closes every document with '...'; PyYAML's safe_dump writes none.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlScalarNode Scalar(YamlScalarNode scalar)
    {
        var copy = new YamlScalarNode(scalar.Value) { Style = scalar.Style };
        if (!scalar.Tag.IsEmpty) copy.Tag = scalar.Tag;
        return copy;
    }
}
