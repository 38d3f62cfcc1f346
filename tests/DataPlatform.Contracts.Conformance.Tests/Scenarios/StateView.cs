using System.Globalization;
using System.Text.Json;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>
/// One side's state in the vectors' form, read from its own model: for each of its relations its
/// own databags (null once removed or before created), the secrets it owns, and the secrets of
/// others its unit knows (by consumer label or tracked revision), as of its last sync.
/// </summary>
public static class StateView
{
    public static JsonElement Of(SideModel model)
    {
        var side = model.Side;
        var juju = model.Juju;
        var relations = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var relation in model.Relations)
        {
            relations[relation.ToString(CultureInfo.InvariantCulture)] = !model.HasRelation(relation) ? null : new Dictionary<string, object>
            {
                ["app"] = juju.Databag(relation, side.App),
                ["unit"] = juju.Databag(relation, side.Unit),
            };
        }

        var owned = juju.Secrets
            .Where(s => s.OwnerApp == side.App)
            .Select(s => new Dictionary<string, object?>
            {
                ["content"] = s.LatestContent,
                ["granted"] = s.Grants.GroupBy(g => g.Key).ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => g.Select(x => x.Value).ToList()),
                ["id"] = s.Id,
                ["label"] = s.OwnerLabel,
                ["owner"] = s.OwnerApp,
                ["revision"] = s.LatestRevision,
            });
        var consumed = juju.Secrets
            .Where(s => s.OwnerApp != side.App && (s.ConsumerLabels.ContainsKey(side.Unit) || s.TrackedRevisions.ContainsKey(side.Unit)))
            .Select(s => new Dictionary<string, object?>
            {
                ["consumer_label"] = s.ConsumerLabels.GetValueOrDefault(side.Unit),
                ["id"] = s.Id,
                ["latest_revision"] = s.LatestRevision,
                ["owner"] = s.OwnerApp,
                ["tracked_revision"] = s.TrackedRevisions.TryGetValue(side.Unit, out var tracked) ? tracked : null,
            });
        return JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["relations"] = relations,
            ["secrets_consumed"] = consumed.ToList(),
            ["secrets_owned"] = owned.ToList(),
        });
    }
}
