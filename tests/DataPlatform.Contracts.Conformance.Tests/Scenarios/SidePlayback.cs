using System.Text.Json;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>
/// Sets a played-back side's own model to its recorded state of a step, as recorded (conformance
/// README: "its databags and secrets set to the recorded state at each step"): the relations it
/// has, its databags, and the secrets it owns with their recorded ids, labels, revision numbers
/// and grants. Overrides never reach here: they say what our sides should do, not what a recording did.
/// </summary>
public static class SidePlayback
{
    public static void Play(SideModel model, JsonElement state, Func<string, string> translate)
    {
        var juju = model.Juju;
        foreach (var relation in state.GetProperty("relations").EnumerateObject())
        {
            var id = int.Parse(relation.Name, System.Globalization.CultureInfo.InvariantCulture);
            if (relation.Value.ValueKind == JsonValueKind.Null)
            {
                if (model.HasRelation(id)) model.RemoveRelation(id);
                continue;
            }
            if (!model.HasRelation(id)) model.AddRelation(id);
            SetBag(model, id, model.Side.App, relation.Value.GetProperty("app"), translate);
            SetBag(model, id, model.Side.Unit, relation.Value.GetProperty("unit"), translate);
        }

        var recorded = state.GetProperty("secrets_owned").EnumerateArray().ToList();
        var ids = recorded.Select(s => s.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in juju.Secrets.Where(s => s.OwnerApp == model.Side.App && !ids.Contains(s.Id)).Select(s => s.Id).ToList())
        {
            juju.RemoveSecret(gone);
        }
        foreach (var secret in recorded)
        {
            var id = secret.GetProperty("id").GetString()!;
            var revisions = juju.Secrets.FirstOrDefault(s => s.Id == id)?.Revisions.ToDictionary(r => r.Key, r => r.Value)
                ?? new Dictionary<int, IReadOnlyDictionary<string, string>>();
            // Older revisions keep the content they had when they were the latest; a consumer may still track one.
            revisions[secret.GetProperty("revision").GetInt32()] = secret.GetProperty("content").EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            var grants = secret.GetProperty("granted").EnumerateObject()
                .ToDictionary(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture), p => p.Value[0].GetString()!);
            juju.PutSecret(id, model.Side.App, secret.GetProperty("label").GetString(), revisions, grants);
        }
    }

    private static void SetBag(SideModel model, int relationId, string member, JsonElement recorded, Func<string, string> translate)
    {
        var changes = model.Juju.Databag(relationId, member).Keys.ToDictionary(k => k, _ => "");
        foreach (var entry in recorded.EnumerateObject()) changes[entry.Name] = translate(entry.Value.GetString()!);
        model.Juju.UpdateDatabag(relationId, member, changes);
    }
}
