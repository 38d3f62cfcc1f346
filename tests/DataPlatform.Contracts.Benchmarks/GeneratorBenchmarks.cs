using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using DataPlatform.Contracts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataPlatform.Contracts.Benchmarks;

/// <summary>
/// The generator's cost in an IDE or a build (issue 13.5): one run over a compilation of 1,000
/// models, cold (a new driver) and after an edit to one model (the driver of the previous run),
/// against System.Text.Json's generator over 1,000 equivalent plain types listed on one
/// <c>JsonSerializerContext</c>. Each model has a string, an int, a bool and a string list, plus,
/// for the relation models, one secret member (STJ has no secrets: a plain string there).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GeneratorRun
{
    private const int Models = 1000;
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private CSharpCompilation _unrelated = null!;
    private GeneratorDriver _warm = null!;

    [Params("Contracts", "SystemTextJson")]
    public string Generator { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var trees = Enumerable.Range(0, Models).Select(i => Tree(Source(i, "Alpha"), $"Model{i}.cs")).ToList();
        if (Generator == "SystemTextJson") trees.Add(Tree(JsonContext(), "Context.cs"));
        _compilation = CSharpCompilation.Create("Models", trees, References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var first = _compilation.SyntaxTrees.First(t => t.FilePath == "Model0.cs");
        _edited = _compilation.ReplaceSyntaxTree(first, Tree(Source(0, "Gamma"), "Model0.cs"));

        _unrelated = _compilation.AddSyntaxTrees(Tree("namespace Bench; public class Unrelated { public int X { get; set; } }", "Unrelated.cs"));

        // Time real work: every model generated, without an error.
        var run = Driver().RunGenerators(_compilation).GetRunResult();
        var generated = run.Results.Sum(r => r.GeneratedSources.Length);
        if (generated < Models || run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"{Generator}: {generated} sources, {string.Join("; ", run.Diagnostics.Take(3))}");
        }
    }

    [IterationSetup(Targets = new[] { nameof(AfterEditingOneModel), nameof(AfterAnUnrelatedEdit) })]
    public void Warm() => _warm = Driver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver Cold() => Driver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver AfterEditingOneModel() => _warm.RunGenerators(_edited);

    [Benchmark]
    public GeneratorDriver AfterAnUnrelatedEdit() => _warm.RunGenerators(_unrelated);

    /// <summary>
    /// Whether, after an unrelated edit, every step of our generator is cached or unchanged and no
    /// source is re-emitted (<c>--generator-cache</c> prints it; the tests check the same on two models).
    /// </summary>
    public static void PrintCaching()
    {
        var bench = new GeneratorRun { Generator = "Contracts" };
        bench.Setup();
        var options = new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true);
        var driver = CSharpGeneratorDriver.Create(new[] { new RelationModelGenerator().AsSourceGenerator() }, parseOptions: Parse, driverOptions: options)
            .RunGenerators(bench._compilation);
        var result = driver.RunGenerators(bench._unrelated).GetRunResult().Results[0];
        foreach (var (step, runs) in result.TrackedSteps)
        {
            var reasons = runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key} {g.Count()}");
            Console.WriteLine($"{step}: {string.Join(", ", reasons)}");
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"source outputs: {string.Join(", ", outputs)}");
    }

    private GeneratorDriver Driver() => CSharpGeneratorDriver.Create(new[] { Create().AsSourceGenerator() }, parseOptions: Parse);

    private IIncrementalGenerator Create() => Generator == "Contracts" ? new RelationModelGenerator() : SystemTextJsonGenerator();

    private string Source(int i, string first) => Generator == "Contracts"
        ? $$"""
            using System.Collections.Generic;
            using DataPlatform.Contracts;
            namespace Bench;
            [RelationModel]
            public partial class Model{{i}}
            {
                public partial string? {{first}} { get; set; }
                public partial int? Count { get; set; }
                public partial bool? Enabled { get; set; }
                public partial List<string>? Tags { get; set; }
                [ExtraSecret] public partial string? Token { get; set; }
            }
            """
        : $$"""
            using System.Collections.Generic;
            namespace Bench;
            public class Model{{i}}
            {
                public string? {{first}} { get; set; }
                public int? Count { get; set; }
                public bool? Enabled { get; set; }
                public List<string>? Tags { get; set; }
                public string? Token { get; set; }
            }
            """;

    private static string JsonContext()
    {
        var text = new StringBuilder("using System.Text.Json.Serialization;\nnamespace Bench;\n");
        for (var i = 0; i < Models; i++) text.Append($"[JsonSerializable(typeof(Model{i}))]\n");
        return text.Append("public partial class BenchJsonContext : JsonSerializerContext { }\n").ToString();
    }

    private static SyntaxTree Tree(string source, string path) => CSharpSyntaxTree.ParseText(source, Parse, path, Encoding.UTF8);

    // The running .NET's own assemblies (the benchmark runs on the runtime the models would target) and the product's runtime.
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(RelationModelAttribute).Assembly.Location));

    // System.Text.Json's generator ships in its package's analyzers folder; the project records where.
    private static IIncrementalGenerator SystemTextJsonGenerator()
    {
        var path = typeof(GeneratorRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SystemTextJsonGenerator").Value!;
        var type = Assembly.LoadFrom(path).GetType("System.Text.Json.SourceGeneration.JsonSourceGenerator", throwOnError: true)!;
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }
}
