using YamlDotNet.RepresentationModel;

namespace DataPlatform.Contracts.Packer;

/// <summary>
/// Splits a unified <c>charmcraft.yaml</c> into the files Juju reads, as charmcraft 3's
/// <c>PackageService.write_metadata</c> does (docs/packing.md): <c>metadata.yaml</c> from the keys
/// of charmcraft's <c>CharmMetadata</c> model (with <c>title</c> and <c>links</c> renamed),
/// <c>actions.yaml</c> from <c>actions</c> and <c>config.yaml</c> from <c>config</c>, each written only
/// when not empty.
/// </summary>
internal static class JujuMetadataFiles
{
    // The fields of charmcraft's CharmMetadata (charmcraft/models/metadata.py) that a project
    // carries under the same name; everything else (type, base, platforms, parts...) stays out.
    private static readonly string[] MetadataKeys =
    [
        "assumes", "charm-user", "containers", "description", "devices", "extra-bindings", "name", "peers",
        "provides", "requires", "resources", "storage", "subordinate", "summary", "terms",
    ];

    /// <summary>The file names and texts to put in the charm, in name order.</summary>
    public static IReadOnlyList<(string Name, string Text)> From(CharmcraftProject project)
    {
        var files = new List<(string, string)>();
        if (Section(project, "actions") is { } actions) files.Add(("actions.yaml", YamlText.Write(YamlText.Sorted(actions))));
        if (Section(project, "config") is { } config) files.Add(("config.yaml", YamlText.Write(YamlText.Sorted(config))));
        files.Add(("metadata.yaml", YamlText.Write(YamlText.Sorted(Metadata(project)))));
        return files;
    }

    private static YamlMappingNode Metadata(CharmcraftProject project)
    {
        var metadata = new List<KeyValuePair<YamlNode, YamlNode>>();
        void Add(string key, YamlNode value) => metadata.Add(new(new YamlScalarNode(key), value));

        foreach (var key in MetadataKeys)
        {
            if (project.Root.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value)) Add(key, value);
        }

        if (project.Root.Children.TryGetValue(new YamlScalarNode("title"), out var title) && !IsNull(title)) Add("display-name", title);

        // CharmMetadata.from_charm flattens links: documentation -> docs, contact -> maintainers (a list).
        if (project.Root.Children.TryGetValue(new YamlScalarNode("links"), out var linksNode) && linksNode is YamlMappingNode links)
        {
            foreach (var (keyNode, value) in links.Children)
            {
                if (IsNull(value)) continue;
                var key = ((YamlScalarNode)keyNode).Value;
                switch (key)
                {
                    case "documentation": Add("docs", value); break;
                    case "contact": Add("maintainers", value is YamlScalarNode ? new YamlSequenceNode(value) : value); break;
                    case "issues" or "source" or "website": Add(key, value); break;
                    default: throw new PackException(project.File, $"'links.{key}' is not one of contact, documentation, issues, source, website");
                }
            }
        }

        return YamlText.Mapping(metadata);
    }

    // A top-level mapping that charmcraft would write (it skips a missing or empty one).
    private static YamlMappingNode? Section(CharmcraftProject project, string key) =>
        project.Root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode { Children.Count: > 0 } mapping ? mapping : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
