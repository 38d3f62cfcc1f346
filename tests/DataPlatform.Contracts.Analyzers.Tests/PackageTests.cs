using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace DataPlatform.Contracts.Analyzers.Tests;

/// <summary>Packs the product (with the configuration these tests were built in, so it is up to date) and checks the package.</summary>
public class PackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly Lazy<string> Package = new(Pack);

    private static string Pack()
    {
        var root = TestSetup.Metadata("RepositoryRoot");
        var output = Path.Combine(Path.GetTempPath(), "dpc-package-test-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "pack", Path.Combine("nuget", "DataPlatform.Contracts.Package", "DataPlatform.Contracts.Package.csproj"),
            "-c", Configuration, "-o", output, "-p:PackageVersion=0.0.0-test", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Generous: the solution's test assemblies run in parallel on 2 cores, and a pack under that load is slow.
        if (!process.WaitForExit(600_000)) { process.Kill(entireProcessTree: true); throw new TimeoutException("dotnet pack took over 10 minutes"); }
        Assert.True(process.ExitCode == 0, "dotnet pack failed:\n" + stdout.Result + stderr.Result);
        return Directory.GetFiles(output, "*.nupkg").Single();
    }

    [Fact]
    public void Package_HasExactlyTheProductFiles()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var files = zip.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            "DataPlatform.Contracts.nuspec",
            "LICENSE",
            "README.md",
            "analyzers/dotnet/cs/DataPlatform.Contracts.Analyzers.dll",
            "analyzers/dotnet/cs/DataPlatform.Contracts.CodeFixes.dll",
            "analyzers/dotnet/cs/DataPlatform.Contracts.Generator.dll",
            "build/DataPlatform.Contracts.targets",
            "buildTransitive/DataPlatform.Contracts.targets",
            "lib/net8.0/DataPlatform.Contracts.dll",
            "lib/net8.0/DataPlatform.Contracts.xml",
            "tools/packer/DataPlatform.Contracts.Packer.deps.json",
            "tools/packer/DataPlatform.Contracts.Packer.dll",
            "tools/packer/DataPlatform.Contracts.Packer.runtimeconfig.json",
            "tools/packer/DataPlatform.Contracts.dll",
            "tools/packer/System.IO.Pipelines.dll",
            "tools/packer/System.Text.Encodings.Web.dll",
            "tools/packer/System.Text.Json.dll",
            "tools/packer/YamlDotNet.dll",
        }, files);
    }

    [Fact]
    public void Nuspec_IsOnePackage_WithoutRoslynDependencies()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        using var stream = zip.GetEntry("DataPlatform.Contracts.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("DataPlatform.Contracts", metadata.Element(ns + "id")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("LICENSE", metadata.Element(ns + "license")!.Value);
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).ToList();
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(new[] { "System.Text.Json", "YamlDotNet" }, dependencies.Order(StringComparer.Ordinal));
    }
}
