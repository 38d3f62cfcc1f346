using DataPlatform.Contracts.Fuzz;
using Xunit.Abstractions;

namespace DataPlatform.Contracts.Tests.Fuzz;

/// <summary>
/// The mutation fuzzer (tests/DataPlatform.Contracts.Fuzz) for a few seconds: mutated recorded
/// databags through every contract reader and both handlers' relation-changed. Any untyped
/// exception, leaked planted secret or half-written failed hook fails with its seed and input.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1, 800)]
    [InlineData(20261201, 800)]
    public void Mutated_databags_get_only_typed_errors_leak_no_secret_and_leave_failed_hooks_unwritten(int seed, int inputs)
    {
        var report = new Fuzzer().Run(new FuzzOptions(seed, inputs));

        output.WriteLine(report.ToString());
        Assert.True(report.FailureCount == 0, report.ToString());
        // The run reached every target and got refusals: the mutations are hostile enough to matter.
        Assert.Equal(5, report.PerTarget.Count);
        Assert.True(report.TypedErrors.GetValueOrDefault("RelationModelValidationException") > 0);
        Assert.True(report.FailedHooks > 0);
    }

    [Fact]
    public void The_seeds_are_the_recorded_databags()
    {
        var seeds = Seeds.Load();

        // Every recorded requests list and a V0 flat request are among them.
        Assert.Contains(seeds, s => s.TryGetValue("requests", out var r) && r.StartsWith("[{\"resource\": \"clientdb\"", StringComparison.Ordinal));
        Assert.Contains(seeds, s => s.ContainsKey("database") && !s.ContainsKey("version"));
        Assert.All(seeds, s => Assert.NotEmpty(s));
    }

    [Fact]
    public void An_input_is_the_same_in_every_run_of_its_seed()
    {
        var first = new Fuzzer().Run(new FuzzOptions(7, 200));
        var again = new Fuzzer().Run(new FuzzOptions(7, 200));

        Assert.Equal(first.PerMutation, again.PerMutation);
        Assert.Equal(first.TypedErrors, again.TypedErrors);
    }
}
