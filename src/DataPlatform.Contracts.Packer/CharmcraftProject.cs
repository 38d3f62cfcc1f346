using System.Text.RegularExpressions;
using DataPlatform.Contracts.Charms;
using YamlDotNet.RepresentationModel;

namespace DataPlatform.Contracts.Packer;

/// <summary>
/// A charm's <c>charmcraft.yaml</c>, read twice: by the runtime's <see cref="CharmMetadata"/>
/// (so a charm that packs is a charm whose hooks can read their metadata) and as a YAML tree for
/// what charmcraft 3 itself requires of a platform charm and copies into the packed files.
/// </summary>
internal sealed partial class CharmcraftProject
{
    private CharmcraftProject(string file, YamlMappingNode root, CharmMetadata metadata)
    {
        File = file;
        Root = root;
        Metadata = metadata;
    }

    /// <summary>The path of the file.</summary>
    public string File { get; }

    /// <summary>The document's root mapping.</summary>
    public YamlMappingNode Root { get; }

    /// <summary>The metadata as a hook reads it.</summary>
    public CharmMetadata Metadata { get; }

    /// <summary>The charm's name.</summary>
    public string Name => Metadata.Name;

    /// <exception cref="PackException">The file is not a charmcraft 3 platform charm this packer can pack.</exception>
    public static CharmcraftProject Load(string file)
    {
        string text;
        try
        {
            text = System.IO.File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PackException(file, $"cannot be read ({e.GetType().Name}: {e.Message})");
        }

        CharmMetadata metadata;
        try
        {
            metadata = CharmMetadata.Parse(text, file);
        }
        catch (CharmMetadataException e)
        {
            throw new PackException(file, e.Message);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var project = new CharmcraftProject(file, (YamlMappingNode)stream.Documents[0].RootNode, metadata);
        project.Validate();
        return project;
    }

    // What charmcraft's project model rejects (charmcraft/models/project.py, CharmProject and
    // PlatformCharm), checked here because a .charm we write must be one charmcraft would write.
    private void Validate()
    {
        if (Text("type") != "charm") Fail("'type' must be 'charm'");
        if (Name.Length > 40 || !ProjectName().IsMatch(Name))
            Fail($"'name' is '{Name}': use at most 40 lowercase letters, digits and single hyphens inside, with at least one letter");
        if (string.IsNullOrWhiteSpace(Text("summary"))) Fail("'summary' is missing: charmcraft requires a one-line summary");
        if (Text("summary")!.Length > 200) Fail("'summary' is longer than 200 characters");
        if (string.IsNullOrWhiteSpace(Text("description"))) Fail("'description' is missing: charmcraft requires a description");
        if (Root.Children.ContainsKey(new YamlScalarNode("bases")))
            Fail("'bases' is charmcraft 2's form; declare 'base' (e.g. ubuntu@24.04) and 'platforms' (e.g. amd64:)");
        if (Root.Children.TryGetValue(new YamlScalarNode("platforms"), out var platforms) is false || platforms is not YamlMappingNode { Children.Count: > 0 })
            Fail("'platforms' is missing: name at least one, e.g. 'platforms: {amd64: }'");
        if (Root.Children.TryGetValue(new YamlScalarNode("parts"), out var parts) is false || parts is not YamlMappingNode { Children.Count: > 0 })
            Fail("'parts' is missing: charmcraft needs one, e.g. a dump part over the published binary (docs/packing.md)");

        foreach (var action in Metadata.Actions)
        {
            if (!ActionName().IsMatch(action.Name)) Fail($"'actions.{action.Name}' is not a valid action name (letters, digits, '-' and '_', not starting with a digit or '-')");
        }

        // The runtime reads an option without 'type' as a string; charmcraft refuses it.
        if (Root.Children.TryGetValue(new YamlScalarNode("config"), out var config) && config is YamlMappingNode configMap
            && configMap.Children.TryGetValue(new YamlScalarNode("options"), out var options) && options is YamlMappingNode optionMap)
        {
            foreach (var (key, value) in optionMap.Children)
            {
                if (value is YamlMappingNode option && !option.Children.ContainsKey(new YamlScalarNode("type"))) Fail($"'config.options.{key}.type' is missing");
            }
        }
    }

    /// <summary>The scalar under top-level <paramref name="key"/>, or null.</summary>
    public string? Text(string key) =>
        Root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private void Fail(string message) => throw new PackException(File, message);

    // craft-application's ProjectName.
    [GeneratedRegex("^([a-z0-9][a-z0-9-]?)*[a-z]+([a-z0-9-]?[a-z0-9])*$")]
    private static partial Regex ProjectName();

    // charmcraft/models/actions.py.
    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9-_]*$")]
    private static partial Regex ActionName();
}
