using System.Text.Json;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>
/// A step's events of our sides against the recording: the hooks our sides ran and the library
/// events they raised, in emission order (conformance README, kind C). Two relaxations only, each
/// from the documents: the library events' <c>app</c>/<c>unit</c> are checked against the relation
/// instead of the recording (D8: the recording has the unit name as <c>app</c> and no <c>unit</c>,
/// Q12), and status events that follow one another compare as a multiset (README: CPython set order)
/// while keeping their place among the other events.
/// </summary>
public static class ScenarioEventComparison
{
    public static void AssertMatches(JsonElement recorded, IReadOnlyList<OurEvent> ours, ScenarioWorld world, string where)
    {
        foreach (var e in ours.Where(e => !e.IsHook)) AssertD8(e, world, where);
        var theirs = recorded.EnumerateArray()
            .Where(e => world.IsOurs(e.GetProperty("side").GetString()!))
            .Select(Comparable)
            .ToList();
        var actual = ours.Select(e => Comparable(e.Record)).ToList();
        world.Comparer.AssertMatches(
            JsonSerializer.SerializeToElement(StatusRunsSorted(theirs)),
            JsonSerializer.SerializeToElement(StatusRunsSorted(actual)),
            where + " events");
    }

    // D8: the remote application of the relation; the remote unit whose databag change raised the
    // event (none for the app databag), or for an event of a secret-changed hook the relation's
    // first remote unit (docs/protocol/events.md#provider-relation-changed, docs/protocol/events.md#requirer-relation-changed).
    private static void AssertD8(OurEvent e, ScenarioWorld world, string where)
    {
        var side = e.Side;
        var relationId = e.Record.GetProperty("relation_id").GetInt32();
        var remote = world.Setup.Remote(side, relationId);
        var hook = e.Hook;
        var unit = hook?.RelationId is not null ? hook.RemoteUnit : hook?.SecretId is not null ? remote.Unit : null;
        var name = e.Record.GetProperty("name").GetString();
        Assert.True(e.Record.GetProperty("app").GetString() == remote.App,
            $"{where}: {side}'s {name} has app '{e.Record.GetProperty("app")}', the relation's remote app is '{remote.App}' (D8)");
        Assert.True(e.Record.GetProperty("unit").GetString() == unit,
            $"{where}: {side}'s {name} in {hook?.Name} has unit '{e.Record.GetProperty("unit")}', expected '{unit ?? "null"}' (D8)");
    }

    // Hooks keep app and unit (the recording has Juju's); library events drop them (checked above).
    private static Dictionary<string, JsonElement> Comparable(JsonElement e)
    {
        var isHook = e.GetProperty("type").GetString() == "hook";
        return e.EnumerateObject().Where(p => isHook || p.Name is not ("app" or "unit")).ToDictionary(p => p.Name, p => p.Value);
    }

    private static List<Dictionary<string, JsonElement>> StatusRunsSorted(List<Dictionary<string, JsonElement>> events)
    {
        var result = new List<Dictionary<string, JsonElement>>();
        var run = new List<Dictionary<string, JsonElement>>();
        foreach (var e in events)
        {
            if (IsStatus(e))
            {
                run.Add(e);
                continue;
            }
            Flush();
            result.Add(e);
        }
        Flush();
        return result;

        void Flush()
        {
            result.AddRange(run.OrderBy(e => e["name"].GetString(), StringComparer.Ordinal).ThenBy(e => e["status"].GetProperty("code").GetInt32()));
            run.Clear();
        }
    }

    private static bool IsStatus(Dictionary<string, JsonElement> e) =>
        e["type"].GetString() == "library_event" && e["name"].GetString() is "status_raised" or "status_resolved";
}
