using System.Text.RegularExpressions;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;

namespace DataPlatform.Contracts.Testing.Tests.Readme;

/// <summary>The README's examples compile (they stand in this project's files) and do what the README says.</summary>
public sealed partial class ReadmeTests
{
    private static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Contracts.Generator.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    // Every C# block of the README is compiled: it stands, line for line, in a source file of the tests or samples.
    [Fact]
    public void Every_csharp_block_of_the_README_stands_in_a_compiled_file()
    {
        var root = RepositoryRoot;
        var sources = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => Normalize(File.ReadAllText(p)))
            .ToList();
        var blocks = CSharpBlock().Matches(File.ReadAllText(Path.Combine(root, "README.md"))).Select(m => Normalize(m.Groups[1].Value)).ToList();

        Assert.NotEmpty(blocks);
        foreach (var block in blocks) Assert.True(sources.Any(s => s.Contains(block, StringComparison.Ordinal)), "README block not found in any compiled file:\n" + block);
    }

    // "keys operator-password, secret-extra": the pointers of both groups follow the base members.
    [Fact]
    public void The_model_example_writes_a_pointer_per_secret_group()
    {
        var json = RelationModels.ToJson(new ClientRequest { Resource = "orders", Salt = "s" });

        Assert.EndsWith("\"secret-mtls\": null, \"secret-extra\": null, \"secret-audit\": null}", json);
        Assert.DoesNotContain("operator-password", json);
    }

    private static readonly string ClientDirectory = Path.Combine(AppContext.BaseDirectory, "Readme", "client");

    [Fact]
    public void The_client_charm_gets_its_database_and_reports_its_request_ids()
    {
        var juju = new InMemoryJuju();
        juju.Deploy("db", new CharmMetadata("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } }, host =>
        {
            var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
            handler.ResourceRequested += e => handler.SetResponse(e.Relation.Id, new ResourceProviderModel
            {
                RequestId = e.Request.RequestId, Resource = e.Request.Resource, Username = "u", Password = "p", Endpoints = "10.0.0.1:5432",
            });
            return handler;
        });
        juju.Deploy("client", ClientDirectory, host => new ClientCharm(host), units: 2);
        var sim = new RelationSimulator(juju);
        var relation = sim.Integrate("client", "database", "db", "database");
        sim.Settle();

        Assert.Equal(new StatusView(WorkloadStatus.Active, "using clientdb"), juju.Status("client/1"));
        var result = juju.RunAction("client/0", "show-requests", new Dictionary<string, string>());
        var ids = result.Results[$"relation-{relation}"].Split(',');
        Assert.Equal(2, ids.Length);
        Assert.Contains(ids[0], juju.Databag(relation, "client")["requests"]);
        Assert.Contains(ids[1], juju.Databag(relation, "client")["requests"]);
    }
}
