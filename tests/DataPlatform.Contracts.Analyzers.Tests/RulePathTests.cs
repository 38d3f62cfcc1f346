using System.Collections.Immutable;
using System.Globalization;
using DataPlatform.Contracts.Generator;
using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataPlatform.Contracts.Analyzers.Tests;

/// <summary>
/// Every rule of the generator's parser (each <see cref="Rule"/> value) is reported: the parser
/// finds it, and a build (generator, then analyzers) shows its descriptor at the reason's place,
/// an error when the rule rejects the model, and no CS9248 that would stop csc before the analyzers.
/// </summary>
public class RulePathTests
{
    // One model per rule; the type the rule is about is always Broken. Partial properties, as the README recommends.
    private static readonly IReadOnlyDictionary<Rule, string> Sources = new Dictionary<Rule, string>
    {
        [Rule.NotPartial] = "[RelationModel] public class Broken { public string? A { get; set; } }",
        [Rule.NotAClass] = "[RelationModel] public partial struct Broken { }",
        [Rule.Static] = "[RelationModel] public static partial class Broken { }",
        [Rule.Abstract] = "[RelationModel] public abstract partial class Broken { public partial string? A { get; set; } }",
        [Rule.Generic] = "[RelationModel] public partial class Broken<T> { public partial string? A { get; set; } }",
        [Rule.FileLocal] = "[RelationModel] file partial class Broken { public string? A { get; set; } }",
        [Rule.NoParameterlessConstructor] = "[RelationModel] public partial class Broken { public Broken(int a) { } public partial string? A { get; set; } }",
        [Rule.ContainingTypeGeneric] = "public partial class Outer<T> { [RelationModel] public partial class Broken { public partial string? A { get; set; } } }",
        [Rule.BaseNotGeneratable] = "[RelationModel] public abstract partial class Base { public partial string? B { get; set; } }\n[RelationModel] public partial class Broken : Base { public partial string? A { get; set; } }",
        [Rule.AttributeDoesNotBind] = "[RelationModel] public partial class Broken { [WireName] public partial string? A { get; set; } }",
        [Rule.MultipleSecretGroups] = "[RelationModel] public partial class Broken { [UserSecret, ExtraSecret] public partial string? A { get; set; } }",
        [Rule.InvalidGroupName] = "[RelationModel] public partial class Broken { [SecretGroup(\"a b\")] public partial string? A { get; set; } }",
        [Rule.SecretType] = "[RelationModel] public partial class Broken { [UserSecret] public partial int A { get; set; } }",
        [Rule.UnsupportedType] = "[RelationModel] public partial class Broken { public partial DateTime? A { get; set; } }",
        [Rule.InvalidPointerGroup] = "[RelationModel] public partial class Broken { [SecretPointer(\"a b\")] public partial string? A { get; set; } }",
        [Rule.PointerType] = "[RelationModel] public partial class Broken { [SecretPointer(\"extra\")] public partial int A { get; set; } }",
        [Rule.InvalidWireName] = "[RelationModel] public partial class Broken { [WireName(\"\")] public partial string? A { get; set; } }",
        [Rule.AliasRecordType] = "[RelationModel] public partial class Broken { [InputAliases(\"t\")] public partial string? T { get; set; } [AliasUsedFor(nameof(T))] public partial string? A { get; set; } }",
        [Rule.AliasTargetMissing] = "[RelationModel] public partial class Broken { [AliasUsedFor(\"Nope\")] public partial string A { get; set; } }",
        [Rule.TooManyInputKeys] = "[RelationModel] public partial class Broken { [InputAliases(" + Aliases(254) + ")] public partial string? A { get; set; } }",
        [Rule.DuplicateWireKey] = "[RelationModel] public partial class Broken { public partial string? A { get; set; } [WireName(\"a\")] public partial string? B { get; set; } }",
        [Rule.PointerKeyTaken] = "[RelationModel] public partial class Broken { [ExtraSecret] public partial string? A { get; set; } [WireName(\"secret-extra\")] public partial string? B { get; set; } }",
        [Rule.InheritedKeyTakenByPointer] = "[RelationModel] public partial class Base { [WireName(\"secret-extra\")] public partial string? B { get; set; } }\n[RelationModel] public partial class Broken : Base { [ExtraSecret] public partial string? A { get; set; } }",
        [Rule.PointerNameTaken] = "[RelationModel] public partial class Broken { [ExtraSecret] public partial string? A { get; set; } [WireName(\"other\")] public partial string? SecretExtra { get; set; } }",
        [Rule.UnusableDefault] = "[RelationModel] public partial class Broken { [WireDefault(1.5f)] public partial double A { get; set; } }",
        [Rule.ReservedWireKey] = "[RelationModel] public partial class Broken { public partial string? Status { get; set; } }",
        [Rule.RequiredWithoutDefault] = "[RelationModel] public partial class Broken { public string Name { get; set; } }",
    };

    // By name: Rule is internal to the generator.
    public static TheoryData<string> Paths()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Enum.GetValues<Rule>()) data.Add(rule.ToString());
        return data;
    }

    [Fact]
    public void Every_rule_has_a_case() =>
        Assert.All(Enum.GetValues<Rule>(), rule => Assert.True(Sources.ContainsKey(rule), $"no case for {rule}"));

    [Fact]
    public void Every_rule_maps_to_a_descriptor_of_the_declaration_analyzer_an_error_when_it_rejects()
    {
        var supported = new DeclarationAnalyzer().SupportedDiagnostics;
        foreach (var rule in Enum.GetValues<Rule>())
        {
            var reason = new Reason(rule, "A", Enumerable.Repeat("x", 3).ToEquatableArray(), default);
            var (descriptor, _) = ReasonDiagnostics.Describe(reason, "Broken");
            Assert.Contains(descriptor, supported);
            Assert.Equal(rule.Rejects() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_rule_is_reported_in_a_build(string path)
    {
        var rule = Enum.Parse<Rule>(path);
        Assert.True(Sources.TryGetValue(rule, out var source), $"no case for {rule}");
        var compilation = Compile(source);
        var tree = compilation.SyntaxTrees.Single();

        // The parser finds the rule, and rejects the model unless the rule is a warning.
        var result = ModelParser.Parse(Broken(compilation), CancellationToken.None);
        var reason = Assert.Single(result.Reasons, r => r.Rule == rule);
        Assert.Equal(rule.Rejects(), result.Model is null);

        // As in a build: the generator, then the compiler's errors, then the analyzers.
        CSharpGeneratorDriver.Create(new RelationModelGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.DoesNotContain(generated.GetDiagnostics(), d => d.Id == "CS9248");
        // csc runs analyzers only when parsing and declaring raise no error; an attribute whose
        // arguments do not bind, or [RelationModel] on a struct, is such an error, and names the problem itself.
        if (rule is not (Rule.AttributeDoesNotBind or Rule.NotAClass))
        {
            var declarationErrors = generated.GetParseDiagnostics().Concat(generated.GetDeclarationDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(declarationErrors.Count == 0, $"{rule}: csc would stop before the analyzers on: {string.Join("; ", declarationErrors)}");
        }
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new DeclarationAnalyzer()];
        var diagnostics = await generated.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

        var (descriptor, arguments) = ReasonDiagnostics.Describe(reason, "Broken");
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), arguments);
        Assert.Contains(diagnostics, d => d.Id == descriptor.Id && d.Location.SourceTree == tree && d.Location.SourceSpan == reason.Location.Span
            && d.GetMessage(CultureInfo.InvariantCulture) == message);
        Assert.Equal(rule.Rejects(), diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("DPC", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reasons_are_value_equal_across_parses_of_equal_compilations()
    {
        var sources = string.Join("\n", Sources.Where(s => !s.Value.Contains("Base", StringComparison.Ordinal) && s.Key is not (Rule.Generic or Rule.ContainingTypeGeneric))
            .Select((s, i) => s.Value.Replace("Broken", "Broken" + i, StringComparison.Ordinal)));
        var first = Compile(sources);
        var second = Compile(sources);
        var parsed = 0;
        foreach (var type in first.GetSymbolsWithName(n => n.StartsWith("Broken", StringComparison.Ordinal), SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            var again = (INamedTypeSymbol)second.GetSymbolsWithName(type.Name, SymbolFilter.Type).Single();
            var result = ModelParser.Parse(type, CancellationToken.None);
            Assert.Equal(result, ModelParser.Parse(again, CancellationToken.None));
            parsed += result.Reasons.Count > 0 ? 1 : 0;
        }
        Assert.True(parsed > 10, $"only {parsed} models had reasons");
    }

    // The bound of TooManyInputKeys counts each key once: the wire name "a" is also its Python name.
    [Theory]
    [InlineData("[InputAliases(ALIASES)]", 253, true)]
    [InlineData("[InputAliases(ALIASES, \"a\")]", 253, true)]
    [InlineData("[InputAliases(ALIASES, \"k0\")]", 253, true)]
    [InlineData("[InputAliases(ALIASES)]", 254, false)]
    public void A_member_may_be_read_from_at_most_254_keys(string attribute, int aliases, bool generated)
    {
        var source = "[RelationModel] public partial class Broken { " + attribute.Replace("ALIASES", Aliases(aliases), StringComparison.Ordinal) + " public partial string? A { get; set; } }";
        var result = ModelParser.Parse(Broken(Compile(source)), CancellationToken.None);
        Assert.Equal(generated, result.Model is not null);
        Assert.Equal(generated, result.Reasons.All(r => r.Rule != Rule.TooManyInputKeys));
        if (generated) Assert.Equal(254, result.Model!.Members.Single().InputKeys.Count);
    }

    // Distinct aliases "k0", "k1", ... as attribute arguments.
    private static string Aliases(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => "\"k" + i.ToString(CultureInfo.InvariantCulture) + "\""));

    private static CSharpCompilation Compile(string source) =>
        CSharpCompilation.Create("Rejected", new[] { CSharpSyntaxTree.ParseText(TestSetup.Usings + source, new CSharpParseOptions(LanguageVersion.Latest), "Model.cs") },
            TestSetup.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static INamedTypeSymbol Broken(Compilation compilation) =>
        compilation.GetSymbolsWithName("Broken", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
}
