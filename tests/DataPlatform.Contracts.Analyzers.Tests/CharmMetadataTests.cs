namespace DataPlatform.Contracts.Analyzers.Tests;

using Verify = AnalyzerTest<CharmMetadataAnalyzer>;

public class CharmMetadataTests
{
    private const string Requirer = """
        name: demo-app
        type: charm
        requires:
          database:
            interface: postgresql_client
            limit: 2
          cache:
            interface: redis
        provides:
          metrics:
            interface: prometheus_scrape
        """;

    private const string Provider = """
        name: demo-postgresql
        provides:
          database:
            interface: postgresql_client
        peers:
          database-peers:
            interface: postgresql_peers
        """;

    private const string Schema = """
        {"statuses": [
          {"code": 1000, "message": "ok", "resolution": "none"},
          {"code": 4001, "message": "busy", "resolution": "wait"}
        ]}
        """;

    private static string InMethod(string body) =>
        "using DataPlatform.Contracts.Charms;\nusing DataPlatform.Contracts.Relations;\n" +
        "public static class Charm\n{\n    public const string Endpoint = \"database\";\n" +
        "    public static object? Run(CharmHost host, string variable, IReadOnlyList<RequirerCommonModel> requests, ResourceProviderEventHandler<RequirerCommonModel> provider, int code, string[] names)\n    {\n" +
        body + "\n    }\n}\n";

    private static Task Run(string source, params (string Name, string Text)[] files)
    {
        var test = new Verify(InMethod(source));
        foreach (var file in files) test.TestState.AdditionalFiles.Add((file.Name, file.Text));
        return test.RunAsync();
    }

    [Fact]
    public Task DeclaredRelations_AreQuiet() => Run("""
        var a = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests);
        var b = new ResourceRequirerEventHandler<ResourceProviderModel>(host, Endpoint, requests);
        var c = new ResourceRequirerEventHandler<ResourceProviderModel>(host, variable, requests);
        var d = new ResourceProviderEventHandler<RequirerCommonModel>(host, "metrics");
        return new object[] { a, b, c, d };
        """, ("charmcraft.yaml", Requirer));

    [Fact]
    public Task UndeclaredRelations_DPC0200() => Run("""
        var a = new ResourceRequirerEventHandler<ResourceProviderModel>(host, {|DPC0200:"databse"|}, requests);
        var b = new ResourceProviderEventHandler<RequirerCommonModel>(host, {|DPC0200:"database"|});
        var c = new ResourceRequirerEventHandler<ResourceProviderModel>(host, requests: requests, relationName: {|DPC0200:"metrics"|});
        return new object[] { a, b, c };
        """, ("charmcraft.yaml", Requirer));

    [Fact]
    public async Task UndeclaredRelation_MessageListsTheDeclaredNames()
    {
        var test = new Verify(InMethod("""
            return new ResourceRequirerEventHandler<ResourceProviderModel>(host, {|#0:"db"|}, requests);
            """));
        test.TestState.AdditionalFiles.Add(("charmcraft.yaml", Requirer));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.UndeclaredRelation).WithLocation(0).WithArguments("db", "requires", "'cache', 'database'"));
        await test.RunAsync();
    }

    [Fact]
    public Task ProviderMetadata_FromMetadataYaml() => Run("""
        var a = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
        var b = new ResourceProviderEventHandler<RequirerCommonModel>(host, {|DPC0200:"database-peers"|});
        var c = new ResourceRequirerEventHandler<ResourceProviderModel>(host, {|DPC0200:"database"|}, requests);
        return new object[] { a, b, c };
        """, ("metadata.yaml", Provider));

    [Fact]
    public Task NoMetadataFile_IsQuiet() => Run("""
        var a = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "anything", requests);
        var b = new ResourceProviderEventHandler<RequirerCommonModel>(host, "else");
        return new object[] { a, b };
        """, ("other.yaml", Requirer));

    [Fact]
    public Task BuildOnlyCharmcraftYaml_IsQuiet() => Run("""
        return new ResourceRequirerEventHandler<ResourceProviderModel>(host, "anything", requests);
        """, ("charmcraft.yaml", "type: charm\nbases:\n  - name: ubuntu\n    channel: \"22.04\"\n"));

    [Fact]
    public Task UnreadableMetadata_IsQuiet() => Run("""
        return new ResourceRequirerEventHandler<ResourceProviderModel>(host, "anything", requests);
        """, ("charmcraft.yaml", "name: x\nrequires: {database: {interface: pg}}\n"));

    [Fact]
    public Task AliasesMatchingTheLimit_AreQuiet() => Run("""
        var a = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, new RequirerOptions { RelationAliases = new[] { "one", "two" } });
        var b = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, new RequirerOptions { RelationAliases = ["one", "two"] });
        var c = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, new RequirerOptions { RelationAliases = names });
        var d = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, new RequirerOptions { RelationAliases = [.. names] });
        var e = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "cache", requests, new RequirerOptions { RelationAliases = ["one"] });
        var f = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, new RequirerOptions());
        var g = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, new RequirerOptions { RelationAliases = new List<string> { "one" } });
        return new object[] { a, b, c, d, e, f, g };
        """, ("charmcraft.yaml", Requirer));

    [Fact]
    public Task AliasesNotMatchingTheLimit_DPC0201() => Run("""
        var a = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, new RequirerOptions { RelationAliases = {|DPC0201:new[] { "one" }|} });
        var b = new ResourceRequirerEventHandler<ResourceProviderModel>(host, Endpoint, requests, options: new RequirerOptions { RelationAliases = {|DPC0201:["one", "two", "three"]|} });
        var options = new RequirerOptions { RelationAliases = {|DPC0201:["one"]|} };
        var c = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, options);
        return new object[] { a, b, c };
        """, ("charmcraft.yaml", Requirer));

    [Fact]
    public Task AliasesInLocals_AreJudgedOnlyWhenNeverReassigned() => Run("""
        var good = new RequirerOptions { RelationAliases = ["one", "two"] };
        var a = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, good);
        var reassigned = new RequirerOptions { RelationAliases = ["one"] };
        if (variable.Length > 3) reassigned = new RequirerOptions { RelationAliases = ["one", "two"] };
        var b = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, reassigned);
        RequirerOptions declaredLater;
        declaredLater = new RequirerOptions { RelationAliases = ["one"] };
        var c = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests, declaredLater);
        return new object[] { a, b, c };
        """, ("charmcraft.yaml", Requirer));

    [Fact]
    public Task DefinedStatusCodes_AreQuiet() => Run("""
        provider.RaiseStatus(1, 4001);
        provider.RaiseStatus(1, 1000);
        provider.RaiseStatus(1, code);
        provider.ResolveStatus(1, 9999);
        return null;
        """, ("status-schema.json", Schema));

    [Fact]
    public Task UndefinedStatusCodes_DPC0202() => Run("""
        provider.RaiseStatus(1, {|DPC0202:4002|});
        provider.RaiseStatus(code: {|DPC0202:7|}, relationId: 1);
        return null;
        """, ("statuses.json", Schema), ("unrelated.json", """{"name": "x"}"""));

    [Fact]
    public Task StatusCodes_WithoutSchema_AreQuiet() => Run("""
        provider.RaiseStatus(1, 4002);
        return null;
        """, ("unrelated.json", """{"name": "x"}"""), ("broken.json", "not json"));

    [Fact]
    public Task StatusCodes_WithMalformedSchema_OnlyDPC0203() => Run("""
        provider.RaiseStatus(1, 4002);
        return null;
        """, ("status-schema.json", """{"statuses": [{|DPC0203:{"code": "4001", "message": "m", "resolution": "r"}|}]}"""));

    [Theory]
    [InlineData("""{"statuses": [{|DPC0203:|}""")]
    [InlineData("""{"statuses": [1,{|DPC0203:|}]}""")]
    [InlineData("""{|DPC0203:[1, 2]|}""")]
    [InlineData("""{"statuses": {|DPC0203:{"code": 1}|}}""")]
    [InlineData("""{"statuses": [{"code": 1, "message": "m", "resolution": "r"}, {|DPC0203:{"code": 2, "message": "m"}|}]}""")]
    [InlineData("""{"statuses": [{|DPC0203:{"code": 1.5, "message": "m", "resolution": "r"}|}]}""")]
    [InlineData("""{"statuses": [{|DPC0203:{"code": 1, "message": 3, "resolution": "r"}|}]}""")]
    [InlineData("""{"statuses": [{|DPC0203:7|}]}""")]
    public Task MalformedSchema_DPC0203(string schema) => Run("return null;", ("status-schema.json", schema));

    [Theory]
    [InlineData("""{"statuses": []}""")]
    [InlineData("""{"version": "1", "statuses": [{"code": -1, "message": "m", "resolution": "r", "extra": [true, null]}]}""")]
    [InlineData("""{"version": "1"}""")]
    public Task WellFormedSchema_IsQuiet(string schema) => Run("return null;", ("status-schema.json", schema));

    [Fact]
    public Task OtherJsonFiles_AreNotJudged() => Run("return null;", ("appsettings.json", "{ not json"), ("list.json", "[1, 2]"));
}
