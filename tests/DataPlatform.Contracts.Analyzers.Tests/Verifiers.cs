using Basic.Reference.Assemblies;
using DataPlatform.Contracts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DataPlatform.Contracts.Analyzers.Tests;

/// <summary>
/// How every analyzer and code-fix test compiles its sources: C# latest with nullable enabled,
/// the .NET 8 reference assemblies from Basic.Reference.Assemblies (never downloaded), the runtime
/// assembly, and the product's source generator, so partial properties get their implementation
/// exactly as in a user's build.
/// </summary>
internal static class TestSetup
{
    public static readonly ReferenceAssemblies NoPackage = new("net8.0");

    /// <summary>.NET 8 without its System.Text.Json 8, plus System.Text.Json 10 and the runtime, as a charm compiles.</summary>
    public static readonly MetadataReference[] References = Net80.References.All
        .Where(r => !string.Equals(Path.GetFileNameWithoutExtension(r.FilePath), "System.Text.Json", StringComparison.OrdinalIgnoreCase))
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(Metadata("SystemTextJson")))
        .Append(MetadataReference.CreateFromFile(typeof(RelationModelAttribute).Assembly.Location))
        .ToArray();

    public static string Metadata(string key) =>
        typeof(TestSetup).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value!;

    public static void Configure(SolutionState state, List<Func<Solution, ProjectId, Solution>> transforms)
    {
        state.AdditionalReferences.AddRange(References);
        transforms.Add(static (solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var parse = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest);
            var compilation = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
            return solution.WithProjectParseOptions(projectId, parse).WithProjectCompilationOptions(projectId, compilation);
        });
    }

    public static readonly Type[] Generators = { typeof(RelationModelGenerator) };

    public const string Usings = "using System;\nusing System.Collections.Generic;\nusing DataPlatform.Contracts;\nusing DataPlatform.Contracts.DataContracts;\nusing DataPlatform.Contracts.Models;\n";
}

internal sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(string source)
    {
        ReferenceAssemblies = TestSetup.NoPackage;
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        TestSetup.Configure(TestState, SolutionTransforms);
        TestCode = TestSetup.Usings + source;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => TestSetup.Generators;

    public static Task Run(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<TAnalyzer>(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

internal sealed class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource)
    {
        ReferenceAssemblies = TestSetup.NoPackage;
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        TestSetup.Configure(TestState, SolutionTransforms);
        TestCode = TestSetup.Usings + source;
        FixedCode = TestSetup.Usings + fixedSource;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => TestSetup.Generators;
}
