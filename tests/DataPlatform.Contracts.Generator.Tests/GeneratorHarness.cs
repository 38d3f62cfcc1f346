using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataPlatform.Contracts.Generator.Tests;

/// <summary>The outcome of one generator run over some source strings.</summary>
/// <param name="Sources">Generated sources by hint name, in the order the generator added them.</param>
/// <param name="GeneratorDiagnostics">Diagnostics the generator driver reported.</param>
/// <param name="OutputDiagnostics">Diagnostics of the output compilation (input plus generated code), warnings and errors.</param>
/// <param name="Input">The compilation the generator ran on.</param>
/// <param name="Output">The compilation with the generated sources added.</param>
/// <param name="Driver">The driver after the first run, to re-run on edited compilations.</param>
/// <param name="Result">The first run's result.</param>
public sealed record GeneratorRun(
    ImmutableArray<(string HintName, string Text)> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> OutputDiagnostics,
    CSharpCompilation Input,
    Compilation Output,
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result)
{
    /// <summary>The generated source of <paramref name="hintName"/>; fails when there is none.</summary>
    public string Source(string hintName)
    {
        foreach (var (hint, text) in Sources)
        {
            if (hint == hintName) return text;
        }
        throw new Xunit.Sdk.XunitException($"No source '{hintName}' was generated; got: {string.Join(", ", Sources.Select(s => s.HintName))}");
    }

    /// <summary>Warnings and errors of the output compilation, one a line, for assertion messages.</summary>
    public string DescribeOutputDiagnostics() => string.Join("\n", OutputDiagnostics.Select(d => d.ToString()));
}

/// <summary>
/// Runs <see cref="RelationModelGenerator"/> over source strings, and by default proves that a
/// re-run on a cloned compilation re-does nothing (every tracked model step Cached/Unchanged,
/// every source output Cached).
/// </summary>
public static class GeneratorHarness
{
    /// <summary>The tracked steps whose outputs must cache.</summary>
    public static readonly string[] ModelSteps = { TrackingNames.Models, TrackingNames.GeneratableModels };

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>References of every compilation: .NET 8 reference assemblies and the runtime.</summary>
    /// <remarks>
    /// The runtime is compiled against the System.Text.Json package (a newer version than .NET 8's
    /// reference assembly), so that package's net8.0 assembly replaces the reference one.
    /// </remarks>
    public static IReadOnlyList<MetadataReference> References { get; } =
        Basic.Reference.Assemblies.Net80.References.All
            .Where(r => !string.Equals(r.FilePath, "System.Text.Json.dll", StringComparison.OrdinalIgnoreCase))
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(RuntimeSystemTextJsonPath()))
            .Append(MetadataReference.CreateFromFile(typeof(RelationModelAttribute).Assembly.Location))
            .ToArray();

    private static string RuntimeSystemTextJsonPath()
    {
        var path = typeof(GeneratorHarness).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RuntimeSystemTextJson").Value!;
        if (!File.Exists(path)) throw new FileNotFoundException("The System.Text.Json assembly the runtime is built against was not found.", path);
        return path;
    }

    /// <summary>Parses a source as the harness does.</summary>
    public static SyntaxTree Parse(string source, string path = "Input.cs") =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path, Encoding.UTF8);

    /// <summary>A nullable-enabled library compilation where every warning is an error.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorInput",
            sources.Select((source, i) => Parse(source, $"Input{i}.cs")),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));

    /// <summary>A driver over a fresh generator instance, tracking incremental steps.</summary>
    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new RelationModelGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over <paramref name="sources"/> and asserts it caches on a re-run.</summary>
    public static GeneratorRun Run(params string[] sources) => Run(CreateCompilation(sources));

    /// <summary>Runs the generator over <paramref name="compilation"/>.</summary>
    /// <param name="compilation">The input.</param>
    /// <param name="assertCachedRerun">Whether to assert that a re-run on a clone is all Cached/Unchanged.</param>
    public static GeneratorRun Run(CSharpCompilation compilation, bool assertCachedRerun = true)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();

        if (assertCachedRerun)
        {
            var rerun = driver.RunGenerators(compilation.Clone()).GetRunResult();
            AssertNothingRegenerated(rerun);
        }

        var sources = result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToImmutableArray();
        var outputDiagnostics = output.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .ToImmutableArray();
        return new GeneratorRun(sources, generatorDiagnostics, outputDiagnostics, compilation, output, driver, result);
    }

    /// <summary>Asserts every tracked model step output is Cached/Unchanged and every source output is Cached.</summary>
    public static void AssertNothingRegenerated(GeneratorDriverRunResult rerun)
    {
        var generator = Assert.Single(rerun.Results);
        Assert.Null(generator.Exception);
        foreach (var step in ModelSteps.Append(TrackingNames.PartialStubs))
        {
            if (!generator.TrackedSteps.TryGetValue(step, out var runs)) continue;
            foreach (var run in runs)
            {
                foreach (var (value, reason) in run.Outputs)
                {
                    Assert.True(
                        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step '{step}' re-ran with reason {reason} for {Describe(value)}.");
                }
            }
        }
        foreach (var (name, runs) in generator.TrackedOutputSteps)
        {
            foreach (var run in runs)
            {
                foreach (var (value, reason) in run.Outputs)
                {
                    Assert.True(reason == IncrementalStepRunReason.Cached, $"Output step '{name}' re-ran with reason {reason}.");
                }
            }
        }
    }

    /// <summary>The outputs of a tracked step with their reasons (empty when the step did not run).</summary>
    public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).ToArray()
            : Array.Empty<(object, IncrementalStepRunReason)>();

    /// <summary>The <c>Name</c> of a pipeline model (a ModelSpec), or null for anything else.</summary>
    public static string? ModelName(object? value) =>
        value?.GetType().GetProperty("Name")?.GetValue(value) as string;

    private static string Describe(object? value) => ModelName(value) is { } name ? "model " + name : value?.ToString() ?? "null";
}
