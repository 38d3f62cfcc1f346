using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Generator.Tests;

/// <summary>Broken or half-typed declarations never crash the generator, and get no model part (only stubs of their partial properties).</summary>
public class MalformedInputTests
{
    private const string Usings = "using System.Collections.Generic;\nusing DataPlatform.Contracts;\nnamespace Samples;\n";

    /// <summary>Declarations that cannot be generated: case name and source (the type is always <c>Samples.Broken</c>).</summary>
    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("Struct", "[RelationModel] public partial struct Broken { public partial string? A { get; set; } }"),
        Case("StaticClass", "[RelationModel] public static partial class Broken { }"),
        Case("GenericClass", "[RelationModel] public partial class Broken<T> { public partial string? A { get; set; } }"),
        Case("AbstractClass", "[RelationModel] public abstract partial class Broken { public partial string? A { get; set; } }"),
        Case("NonPartialClass", "[RelationModel] public class Broken { public string? A { get; set; } }"),
        Case("NonPartialContainingType", "public class Outer { [RelationModel] public partial class Broken { public partial string? A { get; set; } } }"),
        Case("UnsupportedMemberType", "[RelationModel] public partial class Broken { public partial Dictionary<string, int>? Map { get; set; } }"),
        Case("AttributeMissingArgument", "[RelationModel] public partial class Broken { [SecretGroup()] public partial string? A { get; set; } }"),
        Case("SecretOnInt", "[RelationModel] public partial class Broken { [ExtraSecret] public partial int? Count { get; set; } }"),
        Case("TwoSecretAttributes", "[RelationModel] public partial class Broken { [ExtraSecret, UserSecret] public partial string? A { get; set; } }"),
        Case("DerivedFromBrokenModel",
            "[RelationModel] public class BrokenBase { public string? A { get; set; } }\n" +
            "[RelationModel] public partial class Broken : BrokenBase { public partial string? B { get; set; } }"),
        Case("SecretOnNonNullableString", "[RelationModel] public partial class Broken { [ExtraSecret] public partial string A { get; set; } }"),
        Case("InvalidGroupName", "[RelationModel] public partial class Broken { [SecretGroup(\"my.group\")] public partial string? A { get; set; } }"),
        Case("DuplicateWireNames", "[RelationModel] public partial class Broken { public partial string? A { get; set; } [WireName(\"a\")] public partial string? B { get; set; } }"),
        Case("PointerNameTaken", "[RelationModel] public partial class Broken { [ExtraSecret] public partial string? A { get; set; } public partial int SecretExtra { get; set; } }"),
    };

    /// <summary>
    /// Half-typed declarations whose type is still a valid model once the parser has recovered:
    /// generating for them keeps the IDE stable while the user types, so the bar is that the
    /// generator does not crash and its output adds no diagnostic of its own.
    /// </summary>
    public static IEnumerable<object[]> HalfTypedCases() => new[]
    {
        Case("MissingClosingBrace", "[RelationModel] public partial class Broken { public partial string? A { get; set; }"),
        Case("HalfTypedProperty", "[RelationModel] public partial class Broken { public partial string? A { get; set; } public partial string? }"),
        Case("PropertyWithoutSetter", "[RelationModel] public partial class Broken { public partial string? A { get; set; } public partial string? B { get; } }"),
        Case("MissingSemicolonInMember", "[RelationModel] public partial class Broken { public partial string? A { get set; } }"),
    };

    private static object[] Case(string name, string body) => new object[] { name, Usings + body };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generator_does_not_crash_and_emits_no_model_part_for_the_invalid_type(string name, string source)
    {
        var run = GeneratorHarness.Run(source);

        AssertNoCrashAndNoDiagnostics(name, run);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "Samples.Broken.g.cs" || s.Text.Contains("IRelationModel", StringComparison.Ordinal));
    }

    /// <summary>
    /// csc stops on declaration errors before it runs analyzers, so a rejected model's partial
    /// properties without an implementation (CS9248) would hide the DPC diagnostic that says why it
    /// is rejected. The generator implements them with plain fields; only a type that cannot take a
    /// generated part (its containing type is not partial) keeps the compiler's error.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void A_rejected_models_partial_properties_are_implemented_so_no_CS9248_hides_the_analyzers(string name, string source)
    {
        var run = GeneratorHarness.Run(source);

        var generatedTrees = run.Output.SyntaxTrees.Except(run.Input.SyntaxTrees).ToHashSet();
        var fromGenerated = run.OutputDiagnostics.Where(d => d.Location.SourceTree is { } tree && generatedTrees.Contains(tree)).ToArray();
        Assert.True(fromGenerated.Length == 0, $"{name}: generated code adds diagnostics:\n{string.Join("\n", fromGenerated.Select(d => d.ToString()))}");
        var unimplemented = run.OutputDiagnostics.Where(d => d.Id == "CS9248").ToArray();
        if (name == "NonPartialContainingType") Assert.NotEmpty(unimplemented);
        else Assert.True(unimplemented.Length == 0, $"{name}:\n{string.Join("\n", unimplemented.Select(d => d.ToString()))}");
    }

    [Fact]
    public void A_stub_repeats_modifiers_and_accessors_and_stores_the_value()
    {
        var run = GeneratorHarness.Run(Usings + """
            [RelationModel]
            public partial class Broken
            {
                [ExtraSecret] public partial int Count { get; set; }
                protected internal virtual partial string? Name { get; private set; }
                public partial string? Only { get; }
                public partial bool? Flag { get; init; }
                public required partial string Needed { get; set; }
                public static partial string? Shared { get; set; }
            }
            """);

        Assert.Empty(run.OutputDiagnostics);
        var stub = run.Source("Samples.Broken.Partials.g.cs");
        Assert.Contains("public partial int Count { get => __partialCount; set => __partialCount = value; }", stub, StringComparison.Ordinal);
        Assert.Contains("protected internal virtual partial string? Name { get => __partialName; private set => __partialName = value; }", stub, StringComparison.Ordinal);
        Assert.Contains("public partial string? Only { get => __partialOnly; }", stub, StringComparison.Ordinal);
        Assert.Contains("public partial bool? Flag { get => __partialFlag; init => __partialFlag = value; }", stub, StringComparison.Ordinal);
        Assert.Contains("public required partial string Needed { get => __partialNeeded; set => __partialNeeded = value; }", stub, StringComparison.Ordinal);
        Assert.Contains("private static string? __partialShared", stub, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_rejected_model_gets_its_stubs_in_a_generic_part()
    {
        var run = GeneratorHarness.Run(Usings + "public partial class Outer<TOuter> { [RelationModel] public partial class Broken<T> { public partial T? A { get; set; } public partial TOuter? B { get; set; } } }");

        Assert.Empty(run.OutputDiagnostics);
        Assert.Contains(run.Sources, s => s.HintName == "Samples.Outer-1.Broken-1.Partials.g.cs");
    }

    [Fact]
    public void An_accepted_model_leaves_no_partial_property_unimplemented()
    {
        var run = GeneratorHarness.Run(Usings + """
            [RelationModel]
            public partial class Fine
            {
                public partial string? A { get; set; }
                [NotSerialized] public partial string? Local { get; set; }
                public partial string? ReadOnly { get; }
            }
            """);

        Assert.True(run.OutputDiagnostics.IsEmpty, run.DescribeOutputDiagnostics());
        Assert.Contains(run.Sources, s => s.HintName == "Samples.Fine.g.cs");
        var stub = run.Source("Samples.Fine.Partials.g.cs");
        Assert.Contains("Local", stub, StringComparison.Ordinal);
        Assert.Contains("ReadOnly", stub, StringComparison.Ordinal);
        Assert.DoesNotContain(" A ", stub, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HalfTypedCases))]
    public void Half_typed_code_does_not_crash_the_generator_and_its_output_adds_no_diagnostic(string name, string source)
    {
        var run = GeneratorHarness.Run(source);

        AssertNoCrashAndNoDiagnostics(name, run);
        var generatedTrees = run.Output.SyntaxTrees.Except(run.Input.SyntaxTrees).ToHashSet();
        var fromGenerated = run.OutputDiagnostics.Where(d => d.Location.SourceTree is { } tree && generatedTrees.Contains(tree)).ToArray();
        Assert.True(fromGenerated.Length == 0, $"{name}: generated code adds diagnostics:\n{string.Join("\n", fromGenerated.Select(d => d.ToString()))}");
        // Every diagnostic is one the user's code had before generation, or one the generated part removes.
        var before = run.Input.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).ToHashSet();
        Assert.All(run.OutputDiagnostics, d => Assert.Contains(d.Id, before));
    }

    [Fact]
    public void An_erroneous_WireName_attribute_emits_no_model_part()
    {
        var run = GeneratorHarness.Run(Usings + "[RelationModel] public partial class Broken { [WireName] public partial string? A { get; set; } }");

        AssertNoCrashAndNoDiagnostics("WireNameMissingArgument", run);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "Samples.Broken.g.cs");
        Assert.DoesNotContain(run.OutputDiagnostics, d => d.Id == "CS9248");
    }

    private static void AssertNoCrashAndNoDiagnostics(string name, GeneratorRun run)
    {
        var result = Assert.Single(run.Result.Results);
        Assert.True(result.Exception is null, $"{name}: generator threw {result.Exception}");
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "AD0001");
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id is "CS8785" or "AD0001");
        // The generator reports nothing itself: analyzers explain why a declaration is skipped.
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void A_valid_model_in_a_compilation_full_of_broken_ones_is_still_generated()
    {
        var sources = Cases().Concat(HalfTypedCases())
            .Select((c, i) => ((string)c[1]).Replace("Broken", "Broken" + i, StringComparison.Ordinal).Replace("Outer", "Outer" + i, StringComparison.Ordinal))
            .Prepend(Usings + "[RelationModel] public partial class Fine { public partial string? A { get; set; } }")
            .ToArray();

        var run = GeneratorHarness.Run(sources);

        Assert.Null(run.Result.Results[0].Exception);
        Assert.Contains(run.Sources, s => s.HintName == "Samples.Fine.g.cs");
        // Model parts: the valid model and the half-typed ones; the rest are stubs only.
        Assert.Equal(1 + HalfTypedCases().Count(), run.Sources.Count(s => !s.HintName.EndsWith(".Partials.g.cs", StringComparison.Ordinal)));
    }
}
