using DataPlatform.Contracts.Conformance.Tests.Replayers;
using DataPlatform.Contracts.Conformance.Tests.Vectors;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>Replays every discovered vector case: one test per case, named by its vector id.</summary>
public sealed class ConformanceTests
{
    [SkippableTheory]
    [MemberData(nameof(VectorCatalog.Cases), MemberType = typeof(VectorCatalog))]
    public void Replay(VectorCase vector)
    {
        var expected = Overrides.Expected(vector.TableKey, vector.Case);
        switch (vector.Kind)
        {
            case "hash":
                HashReplayer.Replay(expected);
                break;
            case "diff" when DiffReplayer.IsObjectDiff(expected):
                DiffReplayer.ReplayObjectDiff(expected);
                break;
            case "diff":
                DiffReplayer.ReplayDiffView(expected);
                break;
            case "model":
                ModelReplayer.Replay(expected);
                break;
            case "scenario":
                Scenarios.ScenarioReplayer.Replay(vector.Case, ours => Overrides.Expected(vector.TableKey, vector.Case, ours));
                break;
            default:
                Assert.Fail($"{vector.Id}: unknown vector kind '{vector.Kind}'.");
                break;
        }
    }
}
