using System.Collections.Immutable;
using DataPlatform.Contracts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataPlatform.Contracts.Analyzers.Tests;

/// <summary>Half-typed code, as an editor sees it on every keystroke: the analyzers must never throw.</summary>
public class RobustnessTests
{
    public static TheoryData<string> BrokenSources => new()
    {
        "[RelationModel] public partial class A { public partial string? Name { get; ",
        "[RelationModel public class B { [UserSecret] public int",
        "[RelationModel] public partial class C : { [SecretGroup(] public string? X { get; set; } }",
        "[RelationModel] public partial class D { [SecretGroup(null)] public string? X { get; set; } [WireName()] public string? Y { get; set; } }",
        "[RelationModel] public partial class E : Missing { public Unknown<int> X { get; set; } public List<Missing> Y { get; set; } }",
        "[RelationModel] public partial class F : F { public string? X { get; set; } }",
        "[RelationModel(IgnoreUnknownKeys = )] partial class G { [AliasUsedFor(nameof(Nope))] public string H { get; set; } }",
        "class H : RequirerCommonModel { public string? Y { get; set; } [UserSecret, UserSecret] public string? Z { get; set; } }",
        "class I { void M() { var r = new RequirerCommonModel { EntityType = EntityType., ExtraGroupRoles = }; } }",
        "class J { void M() { var r = new[] { new RequirerCommonModel { Resource = \"a\" }, new RequirerCommonModel { Resource = \"a\", ",
        "class K { void M(ResourceProviderModel m) { Console.WriteLine($\"{m.Password\"); Console.WriteLine(m.); } }",
        "class L { void M() { new KafkaRequestModel { ConsumerGroupPrefix = \"*\" + } } }",
        "[RelationModel] public partial record R(string? Name) { [UserSecret] public partial bool Secret { get; set; } }",
        "public partial class Outer<T> { [RelationModel] public class N { [WireDefault(typeof(int))] public string? X { get; set; } } }",
        "[RelationModel] public partial class S { [WireName(\"\")] public string? A { get; set; } [SecretPointer(\"x y\")] public int B { get; set; } }",
        "class M { object N(DataPlatform.Contracts.Charms.CharmHost h) => new DataPlatform.Contracts.Relations.ResourceRequirerEventHandler<ResourceProviderModel>(h, \"database\", , new DataPlatform.Contracts.Relations.RequirerOptions { RelationAliases = new[] { \"a\", } ",
        "class O { void P(DataPlatform.Contracts.Relations.ResourceProviderEventHandler<RequirerCommonModel> p) { p.RaiseStatus(1, ); p.RaiseStatus(, 4001); p.RaiseStatus(1, 99",
        "class Q { object R(DataPlatform.Contracts.Charms.CharmHost h) => new DataPlatform.Contracts.Relations.ResourceProviderEventHandler<>(h, \"missing\"",
    };

    // Metadata and schemas as broken as the sources, so the metadata rules run on them.
    private static readonly ImmutableArray<AdditionalText> BrokenFiles =
    [
        new Text("charmcraft.yaml", "name: x\nrequires:\n  database:\n    limit: 1\n  missing:\n    limit: [\n"),
        new Text("status-schema.json", "{\"statuses\": [{\"code\": 1, \"message\": \"m\", \"resolution\": \"r\"}, {\"code\": "),
        new Text("other.json", "{\"statuses\": 3}"),
        new Text("empty.json", ""),
    ];

    private sealed class Text(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;
        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(content);
    }

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task Analyzers_NeverThrow(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(TestSetup.Usings + source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Broken", new[] { tree }, TestSetup.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // As in a build: the generator first, then the analyzers over its output.
        CSharpGeneratorDriver.Create(new RelationModelGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(BrokenFiles),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new DeclarationAnalyzer(), new RequestAnalyzer(), new SecretHygieneAnalyzer(), new CharmMetadataAnalyzer()];
        var diagnostics = await generated.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
