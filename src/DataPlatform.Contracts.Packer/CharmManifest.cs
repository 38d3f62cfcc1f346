using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DataPlatform.Contracts.Packer;

/// <summary>
/// The <c>manifest.yaml</c> charmcraft writes for a platform build (docs/packing.md): the packer's
/// version, when packing started, the one base the charm runs on, and the analysis attributes
/// charmcraft's linters report for a charm whose <c>dispatch</c> is a native binary (language and
/// framework both <c>unknown</c>). Juju reads the bases.
/// </summary>
internal static class CharmManifest
{
    /// <summary>The text of <c>manifest.yaml</c>.</summary>
    public static string Write(CharmPlatform platform, DateTimeOffset startedAt, string packerVersion)
    {
        static KeyValuePair<YamlNode, YamlNode> Entry(string key, YamlNode value) => new(new YamlScalarNode(key), value);
        static YamlScalarNode Quoted(string text) => new(text) { Style = ScalarStyle.SingleQuoted };
        static YamlMappingNode Attribute(string name) => YamlText.Mapping([Entry("name", new YamlScalarNode(name)), Entry("result", new YamlScalarNode("unknown"))]);

        var root = YamlText.Mapping(
        [
            Entry("charmcraft-version", Quoted(packerVersion)),
            Entry("charmcraft-started-at", Quoted(startedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture))),
            Entry("bases", new YamlSequenceNode(YamlText.Mapping(
            [
                Entry("name", new YamlScalarNode(platform.BaseName)),
                // Quoted, as PyYAML writes it: a bare 24.04 would read back as a number.
                Entry("channel", Quoted(platform.BaseChannel)),
                Entry("architectures", new YamlSequenceNode(new YamlScalarNode(platform.Architecture))),
            ]))),
            Entry("analysis", YamlText.Mapping([Entry("attributes", new YamlSequenceNode(Attribute("language"), Attribute("framework")))])),
        ]);
        return YamlText.Write(root);
    }
}
