using YamlDotNet.RepresentationModel;

namespace DataPlatform.Contracts.Packer;

/// <summary>
/// The platform of <c>charmcraft.yaml</c> a build is for: its label names the <c>.charm</c>
/// (<c>&lt;name&gt;_&lt;label&gt;.charm</c>, ':' as '-', as charmcraft's PackageService names it) and
/// its base and architecture are the one base of <c>manifest.yaml</c>.
/// </summary>
/// <param name="Label">The key under <c>platforms</c>, e.g. <c>amd64</c> or <c>ubuntu@22.04:amd64</c>.</param>
/// <param name="BaseName">The base's distribution, e.g. <c>ubuntu</c>.</param>
/// <param name="BaseChannel">The base's channel, e.g. <c>24.04</c>.</param>
/// <param name="Architecture">The Debian architecture name, e.g. <c>amd64</c>.</param>
internal sealed record CharmPlatform(string Label, string BaseName, string BaseChannel, string Architecture)
{
    /// <summary>The file name charmcraft gives the charm of this platform.</summary>
    public string CharmFileName(string charmName) => $"{charmName}_{Label.Replace(':', '-')}.charm";

    /// <summary>
    /// The platform of <paramref name="project"/> that builds for <paramref name="architecture"/>,
    /// or the one labelled <paramref name="label"/> when given.
    /// </summary>
    /// <exception cref="PackException">None, or more than one without a label to choose.</exception>
    public static CharmPlatform Select(CharmcraftProject project, string architecture, string? label)
    {
        var projectBase = project.Text("base");
        var platforms = (YamlMappingNode)project.Root.Children[new YamlScalarNode("platforms")];
        var candidates = new List<CharmPlatform>();
        foreach (var (key, value) in platforms.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            // 'amd64:' and 'ubuntu@22.04:amd64:' are shorthands; the long form names build-for.
            var target = value is YamlMappingNode entry ? BuildFor(project, name, entry) : name;
            var (baseText, arch) = SplitTarget(target);
            baseText ??= projectBase;
            if (label is not null ? name != label : arch != architecture) continue;
            if (arch != architecture)
                throw new PackException(project.File, $"platform '{name}' builds for {arch}, but this build is for {architecture} (set RuntimeIdentifier to match)");
            if (baseText is null)
                throw new PackException(project.File, $"platform '{name}' has no base: set 'base' (e.g. ubuntu@24.04) or label the platform '<base>:{arch}'");
            var at = baseText.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || at == baseText.Length - 1)
                throw new PackException(project.File, $"base '{baseText}' is not '<distribution>@<channel>', e.g. ubuntu@24.04");
            candidates.Add(new CharmPlatform(name, baseText[..at], baseText[(at + 1)..], arch));
        }

        return candidates.Count switch
        {
            1 => candidates[0],
            0 when label is not null => throw new PackException(project.File, $"no platform '{label}' under 'platforms'"),
            0 => throw new PackException(project.File, $"no platform under 'platforms' builds for {architecture}"),
            _ => throw new PackException(project.File,
                $"platforms {string.Join(", ", candidates.Select(c => $"'{c.Label}'"))} all build for {architecture}: choose one with -p:CharmPlatform=<label>"),
        };
    }

    private static string BuildFor(CharmcraftProject project, string name, YamlMappingNode entry)
    {
        // charmcraft builds one charm per platform, so build-for holds exactly one target.
        if (entry.Children.TryGetValue(new YamlScalarNode("build-for"), out var node) && node is YamlSequenceNode { Children.Count: 1 } list
            && list.Children[0] is YamlScalarNode { Value: { Length: > 0 } target })
        {
            return target;
        }

        throw new PackException(project.File, $"'platforms.{name}.build-for' must list exactly one target, e.g. [amd64]");
    }

    // 'ubuntu@24.04:amd64' -> (ubuntu@24.04, amd64); 'amd64' -> (null, amd64).
    private static (string? Base, string Architecture) SplitTarget(string target)
    {
        var colon = target.LastIndexOf(':');
        return colon < 0 ? (null, target) : (target[..colon], target[(colon + 1)..]);
    }
}
