using System.Text.Json;
using DataPlatform.Contracts.Conformance.Tests.Comparison;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>
/// Kind C: replays a scenario in each mode of the conformance README (every V1 side ours; our
/// providers against the recorded requirers; our requirers against the recorded providers; a V0
/// side is always played back). Played-back sides replay <paramref name="recorded"/> as it is; our
/// sides are held to what <paramref name="expected"/> gives for the mode: the recording with the
/// override table applied.
/// </summary>
public static class ScenarioReplayer
{
    public static void Replay(JsonElement recorded, Func<IReadOnlyList<string>, JsonElement> expected)
    {
        var setup = ScenarioSetup.Parse(recorded.GetProperty("setup"));
        foreach (var ours in Modes(setup))
        {
            ReplayWith(setup, recorded, expected(ours), ours);
        }
    }

    /// <summary>The sets of sides our implementation runs, one per replay mode, without repeats or empty ones.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Modes(ScenarioSetup setup)
    {
        var v1 = setup.Sides.Where(s => !s.IsV0Library).ToList();
        var modes = new[]
        {
            v1,
            v1.Where(s => s.IsProvider).ToList(),
            v1.Where(s => !s.IsProvider).ToList(),
        };
        return modes.Where(m => m.Count > 0)
            .Select(m => (IReadOnlyList<string>)m.Select(s => s.Name).ToList())
            .DistinctBy(m => string.Join(",", m))
            .ToList();
    }

    private static void ReplayWith(ScenarioSetup setup, JsonElement recorded, JsonElement expected, IReadOnlyList<string> ours)
    {
        var mode = "ours: " + string.Join(" + ", ours);
        var comparer = new VectorComparer { MemberOrderFreeAt = V0FlatDataPaths(setup, ours) };
        var world = new ScenarioWorld(setup, ours, comparer);
        var expectedSteps = expected.GetProperty("steps").EnumerateArray().ToList();
        var index = 0;
        foreach (var step in recorded.GetProperty("steps").EnumerateArray())
        {
            var wanted = expectedSteps[index++];
            var where = $"[{mode}] step {step.GetProperty("index").GetInt32()} ({step.GetProperty("action").GetProperty("op").GetString()})";
            foreach (var side in setup.Sides.Where(s => !world.IsOurs(s.Name)))
            {
                world.Play(side.Name, step.GetProperty("state").GetProperty(side.Name));
            }
            var (result, error, acting) = Execute(world, step.GetProperty("action"));
            if (acting is not null && world.IsOurs(acting))
            {
                RecordedErrors.AssertMatches(wanted.TryGetProperty("error", out var recordedError) ? recordedError : null, error, where);
                if (wanted.TryGetProperty("result", out var expectedResult))
                {
                    Assert.True(result is not null, $"{where}: expected a result");
                    comparer.AssertMatches(expectedResult, result!.Value, where + " result");
                }
            }
            ScenarioEventComparison.AssertMatches(wanted.GetProperty("events"), world.Events.Drain(), world, where);
            foreach (var side in ours)
            {
                comparer.AssertMatches(wanted.GetProperty("state").GetProperty(side), StateView.Of(world.Model(side)), $"{where} state.{side}");
            }
        }
    }

    // The conformance README lets JSON text differ in member order only where a replayer cannot
    // reproduce it: the `data` our side stores from a V0 peer's flat databag, whose keys reach the
    // library in Juju's order while the vectors sort them.
    private static Func<string, bool> V0FlatDataPaths(ScenarioSetup setup, IReadOnlyList<string> ours)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in setup.Relations)
        {
            foreach (var side in ours.Where(relation.Involves))
            {
                if (!setup.Side(relation.Other(side)).IsV0Library) continue;
                paths.Add($" state.{side}.relations.{relation.Id}.app.data");
                paths.Add($" state.{side}.relations.{relation.Id}.unit.data");
            }
        }
        return path => paths.Any(p => path.EndsWith(p, StringComparison.Ordinal));
    }

    // Runs one action; returns the side whose charm acted (for errors and results).
    private static (JsonElement? Result, Exception? Error, string? Acting) Execute(ScenarioWorld world, JsonElement action)
    {
        var relationId = action.GetProperty("relation_id").GetInt32();
        switch (action.GetProperty("op").GetString())
        {
            case "relation_created":
                var created = action.GetProperty("side").GetString()!;
                return (null, world.IsOurs(created) ? world.RelationCreated(created, relationId) : null, created);
            case "sync":
                var to = action.GetProperty("to").GetString()!;
                return (null, world.IsOurs(to) ? world.Sync(action.GetProperty("from").GetString()!, to, relationId) : null, to);
            case "raw_update":
                var edited = action.GetProperty("side").GetString()!;
                if (world.IsOurs(edited)) world.RawUpdate(edited, relationId, action.GetProperty("bag").GetString()!, action.GetProperty("data"));
                return (null, null, null);
            case "relation_removed":
                var removed = action.GetProperty("side").GetString()!;
                return (null, world.IsOurs(removed) ? world.RelationRemoved(removed, relationId) : null, removed);
            default:
                var side = action.GetProperty("side").GetString()!;
                if (!world.IsOurs(side)) return (null, null, side);
                var (result, error) = world.Operate(side, action);
                return (result, error, side);
        }
    }
}
