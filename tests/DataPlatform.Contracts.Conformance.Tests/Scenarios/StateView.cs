using System.Text.Json;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>One side's state in the vectors' form: its own databags, and the secrets it owns and consumes.</summary>
public static class StateView
{
    public static JsonElement Of(ScenarioWorld world, string sideName)
    {
        var side = world.Side(sideName);
        var relations = new Dictionary<string, object?>();
        foreach (var id in world.Juju.RelationIds)
        {
            relations[id.ToString()] = !world.HasRelation(sideName) ? null : new Dictionary<string, object>
            {
                ["app"] = world.Juju.Databag(id, side.App),
                ["unit"] = world.Juju.Databag(id, side.Unit),
            };
        }
        if (relations.Count == 0) relations["0"] = null;

        var owned = world.Juju.Secrets
            .Where(s => s.OwnerApp == side.App)
            .Select(s => new Dictionary<string, object?>
            {
                ["content"] = s.LatestContent,
                ["granted"] = s.Grants.GroupBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => g.Select(x => x.Value).ToList()),
                ["id"] = s.Id,
                ["label"] = s.OwnerLabel,
                ["owner"] = s.OwnerApp,
                ["revision"] = s.LatestRevision,
            });
        var consumed = world.Juju.Secrets
            .Where(s => s.OwnerApp != side.App && s.ConsumerLabels.ContainsKey(side.Unit))
            .Select(s => new Dictionary<string, object?>
            {
                ["consumer_label"] = s.ConsumerLabels[side.Unit],
                ["id"] = s.Id,
                ["latest_revision"] = s.LatestRevision,
                ["owner"] = s.OwnerApp,
                ["tracked_revision"] = s.TrackedRevisions.TryGetValue(side.Unit, out var tracked) ? tracked : 0,
            });
        return JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["relations"] = relations,
            ["secrets_consumed"] = consumed.ToList(),
            ["secrets_owned"] = owned.ToList(),
        });
    }
}
