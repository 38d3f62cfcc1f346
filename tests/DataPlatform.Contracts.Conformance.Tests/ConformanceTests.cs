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
        var expected = Overrides.Expected(vector.Id, vector.Case);
        switch (vector.Kind)
        {
            case "hash":
                HashReplayer.Replay(expected);
                break;
            case "diff" when DiffReplayer.IsObjectDiff(expected):
                DiffReplayer.ReplayObjectDiff(expected);
                break;
            case "diff":
                Skip.If(true, "replayed by the model runner (a model's diff view)");
                break;
            case "model":
                Skip.If(true, "replayed by the model runner");
                break;
            case "scenario":
                Skip.If(true, "replayed by the scenario runner");
                break;
            default:
                Assert.Fail($"{vector.Id}: unknown vector kind '{vector.Kind}'.");
                break;
        }
    }
}
