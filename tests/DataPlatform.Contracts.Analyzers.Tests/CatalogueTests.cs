using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataPlatform.Contracts.Analyzers.Tests;

/// <summary>Every diagnostic is release-tracked, documented and listed in the README, each exactly once.</summary>
public class CatalogueTests
{
    private static readonly string Root = TestSetup.Metadata("RepositoryRoot");

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        typeof(DeclarationAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .SelectMany(a => a.SupportedDiagnostics)
            .ToList();

    private static List<string> Ids(string text) => Regex.Matches(text, @"\bDPC\d{4}\b").Select(m => m.Value).ToList();

    private static string Read(params string[] path) => File.ReadAllText(Path.Combine(new[] { Root }.Concat(path).ToArray()));

    [Fact]
    public void DescriptorIds_AreUnique_AndWellFormed()
    {
        var descriptors = Descriptors();
        Assert.NotEmpty(descriptors);
        var ids = descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var descriptor in descriptors)
        {
            Assert.Matches(@"^DPC\d{4}$", descriptor.Id);
            if (descriptor.Id.StartsWith("DPC02", StringComparison.Ordinal)) Assert.Equal(DataPlatform.Contracts.Analyzers.Descriptors.MetadataCategory, descriptor.Category);
            Assert.NotEmpty(descriptor.Title.ToString());
            Assert.NotEmpty(descriptor.MessageFormat.ToString());
            Assert.NotEmpty(descriptor.Description.ToString());
            Assert.EndsWith($"/docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri);
        }
    }

    // The packages' project URL (Directory.Build.props), under which a link names a file of this repository.
    private static string RepositoryUrl =>
        Regex.Match(Read("Directory.Build.props"), "<PackageProjectUrl>(.*?)</PackageProjectUrl>").Groups[1].Value;

    // A link into the repository (".../blob/main/<path>" or ".../tree/main/<path>") names what exists in this checkout.
    private static void AssertResolves(string link)
    {
        var prefix = Regex.Match(link, "^" + Regex.Escape(RepositoryUrl) + "/(blob|tree)/main/");
        Assert.True(prefix.Success, $"{link} is not a link into {RepositoryUrl}");
        var path = Path.Combine(new[] { Root }.Concat(link[prefix.Length..].TrimEnd('/', '.').Split('/')).ToArray());
        Assert.True(prefix.Groups[1].Value == "blob" ? File.Exists(path) : Directory.Exists(path), $"{link}: {path} does not exist");
    }

    [Fact]
    public void EveryHelpLink_IsAPageOfThisRepository()
    {
        Assert.StartsWith("https://", RepositoryUrl);
        foreach (var descriptor in Descriptors()) AssertResolves(descriptor.HelpLinkUri);
    }

    [Fact]
    public void EveryRepositoryLink_OfThePackageReadmes_Resolves()
    {
        var readmes = new[]
        {
            Read("nuget", "README.md"),
            Read("src", "DataPlatform.Contracts.Testing", "README.md"),
            Read("nuget", "DataPlatform.Contracts.Templates", "README.md"),
        };
        var links = readmes.SelectMany(r => Regex.Matches(r, Regex.Escape(RepositoryUrl) + @"/[^\s)>]+").Select(m => m.Value)).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links) AssertResolves(link);
    }

    [Fact]
    public void EveryId_IsReleaseTracked_Once_WithItsSeverity()
    {
        var shipped = Read("analyzers", "DataPlatform.Contracts.Analyzers", "AnalyzerReleases.Shipped.md");
        var unshipped = Read("analyzers", "DataPlatform.Contracts.Analyzers", "AnalyzerReleases.Unshipped.md");
        var tracked = Ids(shipped).Concat(Ids(unshipped)).ToList();
        Assert.Equal(tracked.Count, tracked.Distinct().Count());
        var descriptors = Descriptors();
        Assert.Equal(descriptors.Select(d => d.Id).OrderBy(i => i), tracked.OrderBy(i => i));
        foreach (var descriptor in descriptors)
        {
            Assert.Matches($@"{descriptor.Id} \| {Regex.Escape(descriptor.Category)} \| {descriptor.DefaultSeverity} \|", shipped + unshipped);
        }
    }

    [Fact]
    public void EveryId_HasOneDocsPage_AndNoPageIsOrphaned()
    {
        var pages = Directory.GetFiles(Path.Combine(Root, "docs", "diagnostics"), "*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(i => i).ToList();
        Assert.Equal(Descriptors().Select(d => d.Id).OrderBy(i => i), pages);
        foreach (var descriptor in Descriptors())
        {
            var page = Read("docs", "diagnostics", descriptor.Id + ".md");
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", page);
            Assert.Contains($"Severity: {descriptor.DefaultSeverity}", page);
            Assert.Contains("#pragma warning disable " + descriptor.Id, page);
        }
    }

    [Fact]
    public void EveryId_IsInTheReadmeTable_Once()
    {
        var readme = Read("README.md");
        var rows = readme.Split('\n').Where(l => l.StartsWith("| [DPC", StringComparison.Ordinal)).ToList();
        var listed = rows.Select(r => Ids(r)[0]).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(Descriptors().Select(d => d.Id).OrderBy(i => i), listed.OrderBy(i => i));
        foreach (var descriptor in Descriptors())
        {
            Assert.Contains($"| [{descriptor.Id}](docs/diagnostics/{descriptor.Id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |", rows);
        }
    }
}
