using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace DataPlatform.Contracts.Tests.Surface;

/// <summary>The runtime's folders are its namespaces, and every databag contract sits in one folder (issue 13.3).</summary>
public sealed partial class RuntimeLayoutTests
{
    [Fact]
    public void Every_runtime_file_declares_the_namespace_of_its_folder()
    {
        var root = RuntimeDirectory();
        var wrong = new List<string>();
        foreach (var file in SourceFiles(root))
        {
            var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
            var expected = folder == "." ? "DataPlatform.Contracts" : "DataPlatform.Contracts." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = NamespaceLine().Match(File.ReadAllText(file)).Groups[1].Value;
            if (declared != expected) wrong.Add($"{Path.GetRelativePath(root, file)}: {declared} (folder says {expected})");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_databag_contract_sits_in_the_data_contracts_folder()
    {
        var root = RuntimeDirectory();
        var contracts = SourceFiles(root).Where(f => ContractType().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(root, f)).ToList();
        Assert.Equal(6, contracts.Count);
        Assert.All(contracts, f => Assert.StartsWith("DataContracts" + Path.DirectorySeparatorChar, f, StringComparison.Ordinal));
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0].Equals("obj", StringComparison.Ordinal)
                && !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0].Equals("bin", StringComparison.Ordinal));

    private static string RuntimeDirectory([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "..", "src", "DataPlatform.Contracts"));

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    // The types that hold a whole databag: DataContractV0/V1, RequestListContract, RequirerDataContract(V0/V1).
    [GeneratedRegex(@"^public (sealed |abstract |partial )*class \w*(DataContract|RequestListContract)\w*\b", RegexOptions.Multiline)]
    private static partial Regex ContractType();
}
