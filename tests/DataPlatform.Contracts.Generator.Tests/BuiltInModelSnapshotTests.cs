using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataPlatform.Contracts.Generator.Tests;

/// <summary>
/// The generated part of every built-in model (the runtime's own <c>[RelationModel]</c> types) is
/// a golden file too: the generator runs over the runtime's sources as they are in the repository.
/// </summary>
public class BuiltInModelSnapshotTests
{
    private static readonly Lazy<GeneratorRun> RuntimeRun = new(() => GeneratorHarness.Run(RuntimeCompilation(), assertCachedRerun: false));

    public static IEnumerable<object[]> HintNames() => RuntimeRun.Value.Sources.Select(s => new object[] { s.HintName });

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Built_in_model_matches_its_snapshot(string hintName) =>
        Snapshot.Match(Path.Combine("BuiltIn", hintName), RuntimeRun.Value.Source(hintName));

    [Fact]
    public void Every_built_in_model_is_generated_and_has_a_snapshot_and_no_other()
    {
        // The models and contracts the runtime declares: every one has a generated part.
        var expected = new[]
        {
            "DataContracts.DataContractV0", "DataContracts.RequirerDataContractV0", "Models.CommonModel", "Models.EntityPermissionModel",
            "Models.KafkaRequestModel", "Models.KafkaResponseModel", "Models.PeerModel", "Models.ProviderCommonModel", "Models.RelationStatus",
            "Models.RequirerCommonModel", "Models.ResourceProviderModel",
        }.Select(n => "DataPlatform.Contracts." + n + ".g.cs").ToArray();
        Assert.Equal(expected, RuntimeRun.Value.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
        var snapshots = Directory.EnumerateFiles(SnapshotDirectory()).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(expected, snapshots);
    }

    [Fact]
    public void Generated_members_carry_the_generator_version_which_is_the_runtime_version()
    {
        var version = typeof(RelationModelGenerator).Assembly.GetName().Version!.ToString();
        Assert.Equal(typeof(RelationModelAttribute).Assembly.GetName().Version!.ToString(), version);
        Assert.NotEqual("1.0.0.0", version);
        var text = RuntimeRun.Value.Source("DataPlatform.Contracts.Models.CommonModel.g.cs");
        Assert.Contains($"GeneratedCode(\"DataPlatform.Contracts.Generator\", \"{version}\")", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GeneratedCode(\"DataPlatform.Contracts.Generator\", \"1.0.0", text, StringComparison.Ordinal);
    }

    private static string SnapshotDirectory([CallerFilePath] string callerPath = "") => Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots", "BuiltIn");

    // The runtime's sources with its implicit usings, against the framework and System.Text.Json only.
    private static CSharpCompilation RuntimeCompilation([CallerFilePath] string callerPath = "")
    {
        var runtime = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "src", "DataPlatform.Contracts"));
        var files = Directory.EnumerateFiles(runtime, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);
        var usings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;";
        var trees = files.Select(f => GeneratorHarness.Parse(File.ReadAllText(f), f)).Append(GeneratorHarness.Parse(usings, "Usings.cs"));
        var references = GeneratorHarness.References.Where(r => !string.Equals(Path.GetFileName(r.Display), "DataPlatform.Contracts.dll", StringComparison.OrdinalIgnoreCase));
        return CSharpCompilation.Create("DataPlatform.Contracts", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }
}
