using System.Text.Json;
using DataPlatform.Contracts.Conformance.Tests.Comparison;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>
/// Kind C: replays a scenario three ways (conformance README): both sides ours; our provider
/// against the recorded requirer; our requirer against the recorded provider. A side recorded from
/// the V0 library is always played back.
/// </summary>
public static class ScenarioReplayer
{
    public static void Replay(JsonElement scenario)
    {
        var setup = scenario.GetProperty("setup");
        var v1Sides = setup.EnumerateObject().Where(p => p.Name != "relations" && p.Value.GetProperty("library").GetString() == "v1").Select(p => p.Name).ToList();
        var modes = new List<string[]> { v1Sides.ToArray() };
        if (v1Sides.Count == 2) modes.AddRange(v1Sides.Select(side => new[] { side }));
        foreach (var ours in modes.DistinctBy(m => string.Join(",", m)))
        {
            ReplayWith(scenario, ours);
        }
    }

    private static void ReplayWith(JsonElement scenario, string[] ours)
    {
        var mode = "ours: " + string.Join(" + ", ours);
        var v0Client = scenario.GetProperty("setup").EnumerateObject().Any(p => p.Name != "relations" && p.Value.GetProperty("library").GetString() == "v0");
        var comparer = new VectorComparer { AllowMemberOrder = v0Client };
        var world = new ScenarioWorld(scenario.GetProperty("setup"), ours, comparer);
        foreach (var step in scenario.GetProperty("steps").EnumerateArray())
        {
            var where = $"[{mode}] step {step.GetProperty("index").GetInt32()} ({step.GetProperty("action").GetProperty("op").GetString()})";
            foreach (var side in new[] { "provider", "requirer" }.Where(s => !world.IsOurs(s)))
            {
                world.Play(side, step.GetProperty("state").GetProperty(side));
            }
            var (result, error, acting) = Execute(world, step.GetProperty("action"));
            AssertError(step, error, acting, world, where);
            AssertEvents(step, world.Events.Drain(), world, where);
            if (acting is not null && world.IsOurs(acting) && step.TryGetProperty("result", out var expected))
            {
                Assert.True(result is not null, $"{where}: expected a result");
                comparer.AssertMatches(expected, result!.Value, where + " result");
            }
            foreach (var side in ours)
            {
                comparer.AssertMatches(step.GetProperty("state").GetProperty(side), StateView.Of(world, side), $"{where} state.{side}");
            }
        }
    }

    // Runs one action; returns the side whose charm acted (for errors and results).
    private static (JsonElement? Result, Exception? Error, string? Acting) Execute(ScenarioWorld world, JsonElement action)
    {
        var relationId = action.GetProperty("relation_id").GetInt32();
        switch (action.GetProperty("op").GetString())
        {
            case "relation_created":
                var created = action.GetProperty("side").GetString()!;
                return (null, world.RelationCreated(created, relationId), created);
            case "sync":
                var to = action.GetProperty("to").GetString()!;
                return (null, world.IsOurs(to) ? world.Sync(action.GetProperty("from").GetString()!, to, relationId) : null, to);
            case "raw_update":
                world.RawUpdate(action.GetProperty("side").GetString()!, relationId, action.GetProperty("bag").GetString()!, action.GetProperty("data"));
                return (null, null, null);
            case "relation_removed":
                var removed = action.GetProperty("side").GetString()!;
                return (null, world.RelationRemoved(removed, relationId), removed);
            default:
                var side = action.GetProperty("side").GetString()!;
                if (!world.IsOurs(side)) return (null, null, side);
                var (result, error) = world.Operate(side, action);
                return (result, error, side);
        }
    }

    private static void AssertError(JsonElement step, Exception? error, string? acting, ScenarioWorld world, string where)
    {
        if (acting is null || !world.IsOurs(acting)) return;
        if (!step.TryGetProperty("error", out var expected))
        {
            Assert.True(error is null, $"{where}: unexpected error: {error}");
            return;
        }
        Assert.True(error is not null, $"{where}: expected the error '{expected.GetProperty("message").GetString()}'");
        var message = expected.GetProperty("message").GetString()!.Trim('\'', '"');
        Assert.True(error!.ToString().Contains(message, StringComparison.Ordinal), $"{where}: expected an error saying '{message}', got: {error.Message}");
    }

    // Library events of our sides, by name and payload. Status events of one step are compared as
    // a multiset (the reference raises them in set order). App and unit are ours to get right (D8)
    // and are not compared with the recording.
    private static void AssertEvents(JsonElement step, IReadOnlyList<JsonElement> ours, ScenarioWorld world, string where)
    {
        var theirs = step.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "library_event" && world.IsOurs(e.GetProperty("side").GetString()!))
            .ToList();
        var comparer = new VectorComparer();
        var expected = JsonSerializer.SerializeToElement(Ordered(theirs.Select(Payload)));
        var actual = JsonSerializer.SerializeToElement(Ordered(ours.Select(Payload)));
        comparer.AssertMatches(expected, actual, where + " events");
    }

    private static Dictionary<string, JsonElement> Payload(JsonElement e) =>
        e.EnumerateObject().Where(p => p.Name is not ("type" or "app" or "unit")).ToDictionary(p => p.Name, p => p.Value);

    private static List<Dictionary<string, JsonElement>> Ordered(IEnumerable<Dictionary<string, JsonElement>> events)
    {
        var list = events.ToList();
        var statuses = list.Where(IsStatus).OrderBy(e => e["name"].GetString()).ThenBy(e => e["status"].GetProperty("code").GetInt32()).ToList();
        return list.Where(e => !IsStatus(e)).Concat(statuses).ToList();
    }

    private static bool IsStatus(Dictionary<string, JsonElement> e) => e["name"].GetString() is "status_raised" or "status_resolved";
}
