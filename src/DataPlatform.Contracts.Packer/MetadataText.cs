using System.Text;
using DataPlatform.Contracts.Charms;

namespace DataPlatform.Contracts.Packer;

/// <summary>
/// One line per fact of a <see cref="CharmMetadata"/>, to compare two readings of a charm's metadata.
/// Actions, parameters and options are listed by name: charmcraft sorts them when it writes them.
/// </summary>
internal static class MetadataText
{
    /// <summary>The description of <paramref name="metadata"/>.</summary>
    public static string Describe(CharmMetadata metadata)
    {
        var text = new StringBuilder().Append("name ").AppendLine(metadata.Name);
        foreach (var (section, endpoints) in new[] { ("requires", metadata.Requires), ("provides", metadata.Provides), ("peers", metadata.Peers) })
        {
            foreach (var e in endpoints) text.AppendLine($"{section} {e.Name} {e.Interface} {e.Limit}");
        }

        foreach (var a in metadata.Actions.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"action {a.Name} [{a.Description}] required={string.Join(",", a.Required.Order(StringComparer.Ordinal))} additional={a.AdditionalProperties}");
            foreach (var p in a.Params.OrderBy(p => p.Name, StringComparer.Ordinal)) text.AppendLine($"  param {p.Name} {p.Type} {p.Default} [{p.Description}]");
        }

        foreach (var o in metadata.ConfigOptions.OrderBy(o => o.Name, StringComparer.Ordinal)) text.AppendLine($"option {o.Name} {o.Type} {o.Default} [{o.Description}]");
        return text.ToString();
    }
}
