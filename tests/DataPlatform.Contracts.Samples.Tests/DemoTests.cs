using Demo;

namespace DataPlatform.Contracts.Samples.Tests;

/// <summary>The README's demo runs the whole lifecycle and prints what a charm author needs to see.</summary>
public sealed class DemoTests
{
    private static readonly Lazy<(int ExitCode, string Output)> Run = new(() =>
    {
        var output = new StringWriter();
        var exitCode = new DemoScript(output).Run();
        return (exitCode, output.ToString());
    });

    [Fact]
    public void The_demo_succeeds_without_a_failed_hook_or_a_printed_secret()
    {
        Assert.Equal(0, Run.Value.ExitCode);
        Assert.Contains("0 failed, 0 secret values printed", Run.Value.Output);
    }

    [Theory]
    [InlineData("resource_requested: inventory")]
    [InlineData("resource_created: inventory for demo-app/0")]
    [InlineData("read_only_endpoints_changed: 10.0.0.2:5432")]
    [InlineData("secret-changed [database.0.")]
    [InlineData("authentication_updated: inventory")]
    [InlineData("status_raised: 4001")]
    [InlineData("status_resolved: 4001")]
    [InlineData("resource_created: orders for demo-reporting/0")]
    [InlineData("resource_created: analytics for demo-reporting/0")]
    [InlineData("demo-postgresql/0    database-relation-broken")]
    [InlineData("demo-postgresql/0    publish-read-only-endpoints-action")]
    [InlineData("action publish-read-only-endpoints: completed {requests=1}")]
    [InlineData("demo-postgresql/0    rotate-password-action")]
    [InlineData("action rotate-password: completed {request-id=")]
    [InlineData("action raise-status: completed {statuses=1}")]
    [InlineData("action resolve-status: completed {statuses=0}")]
    [InlineData("demo-postgresql/0 status: active (serving 1 client relation)")]
    public void The_demo_shows_each_stage_of_the_lifecycle(string line)
    {
        Assert.Contains(line, Run.Value.Output);
    }

    [Fact]
    public void Databags_are_shown_and_secret_contents_are_masked()
    {
        Assert.Contains("demo-postgresql      requests = [{\"resource\": \"inventory\"", Run.Value.Output);
        Assert.Contains("{password=***, username=***}", Run.Value.Output);
    }

    [Fact]
    public void After_the_break_no_secret_of_the_removed_relation_is_left()
    {
        var afterBreak = Run.Value.Output[Run.Value.Output.IndexOf("== 6.", StringComparison.Ordinal)..];
        Assert.DoesNotContain("label=database.0.", afterBreak);
        Assert.Contains("label=database.1.", afterBreak);
    }
}
