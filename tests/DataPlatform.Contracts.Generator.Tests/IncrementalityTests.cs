using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Generator.Tests;

/// <summary>The pipeline re-does only the work an edit calls for.</summary>
public class IncrementalityTests
{
    private const string ModelA = """
        using DataPlatform.Contracts;

        namespace Samples;

        [RelationModel]
        public partial class ModelA
        {
            public partial string? Alpha { get; set; }
        }
        """;

    private const string ModelB = """
        using DataPlatform.Contracts;

        namespace Samples;

        [RelationModel]
        public partial class ModelB
        {
            public partial string? Beta { get; set; }
        }
        """;

    [Fact]
    public void Rerun_on_a_cloned_compilation_is_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(ModelA, ModelB);
        var run = GeneratorHarness.Run(compilation, assertCachedRerun: false);
        Assert.Equal(2, run.Sources.Length);

        var rerun = run.Driver.RunGenerators(compilation.Clone()).GetRunResult();

        GeneratorHarness.AssertNothingRegenerated(rerun);
        // Non-vacuous: both models went through the tracked steps on the re-run.
        var models = GeneratorHarness.Outputs(rerun.Results[0], TrackingNames.GeneratableModels);
        Assert.Equal(new[] { "ModelA", "ModelB" }, models.Select(o => GeneratorHarness.ModelName(o.Value)).OrderBy(n => n));
    }

    [Fact]
    public void An_unrelated_edit_re_emits_nothing()
    {
        var compilation = GeneratorHarness.CreateCompilation(ModelA, ModelB);
        var run = GeneratorHarness.Run(compilation);

        var edited = compilation.AddSyntaxTrees(GeneratorHarness.Parse("namespace Samples; public class Unrelated { public int X { get; set; } }", "Unrelated.cs"));
        var rerun = run.Driver.RunGenerators(edited).GetRunResult();

        GeneratorHarness.AssertNothingRegenerated(rerun);
        var models = GeneratorHarness.Outputs(rerun.Results[0], TrackingNames.Models);
        Assert.Equal(2, models.Count);
    }

    [Fact]
    public void Changing_one_model_regenerates_only_that_model()
    {
        var compilation = GeneratorHarness.CreateCompilation(ModelA, ModelB);
        var run = GeneratorHarness.Run(compilation);
        var beforeB = run.Source("Samples.ModelB.g.cs");

        var treeA = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class ModelA", StringComparison.Ordinal));
        var editedA = GeneratorHarness.Parse(ModelA.Replace("Alpha", "Gamma", StringComparison.Ordinal), treeA.FilePath);
        var driver = run.Driver.RunGenerators(compilation.ReplaceSyntaxTree(treeA, editedA));
        var rerun = driver.GetRunResult();
        var result = Assert.Single(rerun.Results);

        foreach (var step in GeneratorHarness.ModelSteps)
        {
            var outputs = GeneratorHarness.Outputs(result, step);
            var a = Assert.Single(outputs, o => GeneratorHarness.ModelName(o.Value) == "ModelA");
            var b = Assert.Single(outputs, o => GeneratorHarness.ModelName(o.Value) == "ModelB");
            Assert.Equal(IncrementalStepRunReason.Modified, a.Reason);
            Assert.True(b.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: ModelB re-ran with {b.Reason}");
        }

        var sourceOutputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs).ToArray();
        Assert.Equal(1, sourceOutputs.Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Equal(1, sourceOutputs.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        var generated = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Contains("Gamma", generated["Samples.ModelA.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha", generated["Samples.ModelA.g.cs"], StringComparison.Ordinal);
        Assert.Equal(beforeB, generated["Samples.ModelB.g.cs"]);
    }

    [Fact]
    public void An_equivalent_edit_leaves_the_model_unchanged()
    {
        var compilation = GeneratorHarness.CreateCompilation(ModelA);
        var run = GeneratorHarness.Run(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var withTrivia = GeneratorHarness.Parse(ModelA.Replace("public partial string? Alpha", "// a comment\n    public partial string? Alpha", StringComparison.Ordinal), tree.FilePath);
        var rerun = run.Driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, withTrivia)).GetRunResult();

        GeneratorHarness.AssertNothingRegenerated(rerun);
    }

    [Fact]
    public void Moving_the_reasons_of_a_model_re_emits_nothing()
    {
        // The parser's reasons (here the warnings DPC0007 and DPC0010) carry source spans; they are
        // the analyzers', so an edit that only moves them must not reach the pipeline's outputs.
        const string withWarnings = """
            using DataPlatform.Contracts;

            namespace Samples;

            [RelationModel]
            public partial class Warned
            {
                public partial string? Status { get; set; }
                public string Name { get; set; }
            }
            """;
        var compilation = GeneratorHarness.CreateCompilation(withWarnings);
        var run = GeneratorHarness.Run(compilation);
        Assert.Contains(run.Sources, s => s.HintName == "Samples.Warned.g.cs");

        var tree = compilation.SyntaxTrees.Single();
        var moved = GeneratorHarness.Parse(withWarnings.Replace("namespace Samples;", "// moves every span\nnamespace Samples;", StringComparison.Ordinal), tree.FilePath);
        var rerun = run.Driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, moved)).GetRunResult();

        GeneratorHarness.AssertNothingRegenerated(rerun);
    }

    [Fact]
    public void The_cached_rerun_check_fails_when_a_model_is_regenerated()
    {
        var compilation = GeneratorHarness.CreateCompilation(ModelA);
        var run = GeneratorHarness.Run(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var edited = GeneratorHarness.Parse(ModelA.Replace("Alpha", "Delta", StringComparison.Ordinal), tree.FilePath);
        var rerun = run.Driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, edited)).GetRunResult();

        var error = Assert.ThrowsAny<Exception>(() => GeneratorHarness.AssertNothingRegenerated(rerun));
        Assert.Contains("Modified", error.Message, StringComparison.Ordinal);
    }
}
