using System.Collections.Immutable;
using DataPlatform.Contracts.Charms;

namespace DataPlatform.Contracts.Testing.State;

/// <summary>A deployed application: its charm, its units, its leader and the config values the operator set.</summary>
/// <param name="Name">The application name.</param>
/// <param name="Metadata">The charm's metadata.</param>
/// <param name="Charm">Builds the charm on the host of one hook run.</param>
/// <param name="Units">Its units, <c>&lt;app&gt;/&lt;n&gt;</c>.</param>
/// <param name="Leader">The leader unit, or null.</param>
internal sealed record AppRecord(
    string Name,
    CharmMetadata Metadata,
    Func<CharmHost, object> Charm,
    ImmutableArray<string> Units,
    string? Leader)
{
    /// <summary>The config values set with <c>juju config</c> (options left at their default are absent).</summary>
    public ImmutableSortedDictionary<string, Wire.WireValue> Config { get; init; } =
        ImmutableSortedDictionary.Create<string, Wire.WireValue>(StringComparer.Ordinal);

    /// <summary>The charm's process, for an application deployed as one; null when <see cref="Charm"/> runs in this process.</summary>
    public CharmProcess? Process { get; init; }

    /// <summary>What <c>config-get</c> shows: the metadata's defaults overlaid with the set values; options with neither are absent.</summary>
    public IReadOnlyDictionary<string, Wire.WireValue> EffectiveConfig()
    {
        var values = new Dictionary<string, Wire.WireValue>(StringComparer.Ordinal);
        foreach (var option in Metadata.ConfigOptions)
        {
            if (Config.TryGetValue(option.Name, out var set)) values[option.Name] = set;
            else if (option.Default is { } d) values[option.Name] = d;
        }

        return values;
    }
}
