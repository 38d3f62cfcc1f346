using System.Collections.Immutable;
using DataPlatform.Contracts.Generator;
using DataPlatform.Contracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataPlatform.Contracts.Analyzers.Tests;

/// <summary>
/// Every way the generator's parser rejects a model (each <see cref="Rejection"/> value) is reported:
/// the parser names the path, and a build (generator, then analyzers) shows a DPC error, with the
/// parser's reason when DPC0009 is the only one, and no CS9248 that would stop csc before the analyzers.
/// </summary>
public class RejectionPathTests
{
    // One model per rejection path; the rejected type is always Broken. Partial properties, as the README recommends.
    private static readonly IReadOnlyDictionary<Rejection, string> Sources = new Dictionary<Rejection, string>
    {
        [Rejection.TypeNotGeneratable] = "[RelationModel] public abstract partial class Broken { public partial string? A { get; set; } }",
        [Rejection.BaseNotGeneratable] = "[RelationModel] public abstract partial class Base { public partial string? B { get; set; } }\n[RelationModel] public partial class Broken : Base { public partial string? A { get; set; } }",
        [Rejection.AttributeDoesNotBind] = "[RelationModel] public partial class Broken { [WireName] public partial string? A { get; set; } }",
        [Rejection.UnsupportedType] = "[RelationModel] public partial class Broken { public partial DateTime? A { get; set; } }",
        [Rejection.InvalidWireName] = "[RelationModel] public partial class Broken { [WireName(\"\")] public partial string? A { get; set; } }",
        [Rejection.MultipleSecretGroups] = "[RelationModel] public partial class Broken { [UserSecret, ExtraSecret] public partial string? A { get; set; } }",
        [Rejection.InvalidGroupName] = "[RelationModel] public partial class Broken { [SecretGroup(\"a b\")] public partial string? A { get; set; } }",
        [Rejection.SecretType] = "[RelationModel] public partial class Broken { [UserSecret] public partial int A { get; set; } }",
        [Rejection.InvalidPointerGroup] = "[RelationModel] public partial class Broken { [SecretPointer(\"a b\")] public partial string? A { get; set; } }",
        [Rejection.PointerType] = "[RelationModel] public partial class Broken { [SecretPointer(\"extra\")] public partial int A { get; set; } }",
        [Rejection.AliasRecordType] = "[RelationModel] public partial class Broken { [InputAliases(\"t\")] public partial string? T { get; set; } [AliasUsedFor(nameof(T))] public partial string? A { get; set; } }",
        [Rejection.UnusableDefault] = "[RelationModel] public partial class Broken { [WireDefault(1.5f)] public partial double A { get; set; } }",
        [Rejection.PointerNameTaken] = "[RelationModel] public partial class Broken { [ExtraSecret] public partial string? A { get; set; } [WireName(\"other\")] public partial string? SecretExtra { get; set; } }",
        [Rejection.AliasTargetMissing] = "[RelationModel] public partial class Broken { [AliasUsedFor(\"Nope\")] public partial string A { get; set; } }",
        [Rejection.DuplicateWireKey] = "[RelationModel] public partial class Broken { public partial string? A { get; set; } [WireName(\"a\")] public partial string? B { get; set; } }",
    };

    // By name: Rejection is internal to the analyzers' copy of the parser.
    public static TheoryData<string> Paths()
    {
        var data = new TheoryData<string>();
        foreach (var kind in Enum.GetValues<Rejection>()) data.Add(kind.ToString());
        return data;
    }

    [Fact]
    public void Every_rejection_path_has_a_case() =>
        Assert.All(Enum.GetValues<Rejection>(), kind => Assert.True(Sources.ContainsKey(kind), $"no case for {kind}"));

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_rejection_is_reported_in_a_build(string path)
    {
        var kind = Enum.Parse<Rejection>(path);
        Assert.True(Sources.TryGetValue(kind, out var source), $"no case for {kind}");
        var tree = CSharpSyntaxTree.ParseText(TestSetup.Usings + source, new CSharpParseOptions(LanguageVersion.Latest), "Model.cs");
        var compilation = CSharpCompilation.Create("Rejected", new[] { tree }, TestSetup.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // The parser takes this path.
        var type = compilation.GetTypeByMetadataName("Broken")!;
        Assert.Null(ModelParser.Parse(type, CancellationToken.None, out var rejection));
        Assert.NotNull(rejection);
        Assert.Equal(kind, rejection.Kind);

        // As in a build: the generator, then the compiler's errors, then the analyzers.
        CSharpGeneratorDriver.Create(new RelationModelGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.DoesNotContain(generated.GetDiagnostics(), d => d.Id == "CS9248");
        // csc runs analyzers only when parsing and declaring raise no error; an attribute whose
        // arguments do not bind is such an error, and names the problem itself.
        if (kind != Rejection.AttributeDoesNotBind)
        {
            var declarationErrors = generated.GetParseDiagnostics().Concat(generated.GetDeclarationDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(declarationErrors.Count == 0, $"{kind}: csc would stop before the analyzers on: {string.Join("; ", declarationErrors)}");
        }
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new DeclarationAnalyzer()];
        var diagnostics = await generated.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("DPC", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count > 0, $"{kind}: no DPC error; diagnostics: {string.Join("; ", diagnostics)}");
        Assert.All(errors, d => Assert.Equal(tree, d.Location.SourceTree));
        // DPC0009 alone must say what the parser says (the analyzer's own member rules use the same sentences).
        if (errors.All(d => d.Id == "DPC0009"))
        {
            Assert.Contains(errors, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(rejection.Reason, StringComparison.Ordinal));
        }
    }
}
