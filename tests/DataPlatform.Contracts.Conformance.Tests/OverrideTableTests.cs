using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DataPlatform.Contracts.Conformance.Tests.Vectors;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>Every override names a real case and a divergence the project documents.</summary>
public sealed class OverrideTableTests
{
    [Fact]
    public void Every_override_cites_a_documented_divergence_and_an_existing_case()
    {
        var documented = DocumentedDivergences();
        var keys = VectorCatalog.AllCases().Select(c => c.TableKey).ToHashSet();
        foreach (var entry in Overrides.Table)
        {
            Assert.True(Overrides.IsWellFormedDivergenceId(entry.Divergence), $"{entry.VectorId}: '{entry.Divergence}' is not a divergence id.");
            Assert.True(documented.Contains(entry.Divergence), $"{entry.VectorId}: {entry.Divergence} is in no divergence table.");
            Assert.True(keys.Any(key => Overrides.AppliesTo(entry, key)), $"Override for unknown case {entry.VectorId}.");
        }
    }

    [Fact]
    public void Every_override_changes_what_some_case_expects()
    {
        var cases = VectorCatalog.AllCases().ToList();
        foreach (var entry in Overrides.Table)
        {
            var changes = cases.Where(c => Overrides.AppliesTo(entry, c.TableKey)).Any(c =>
                Modes(c).Any(ours => !JsonNode.DeepEquals(JsonNode.Parse(Overrides.ExpectedWith(new[] { entry }, c.TableKey, c.Case, ours).GetRawText()), JsonNode.Parse(c.Case.GetRawText()))));
            Assert.True(changes, $"{entry.VectorId} {entry.Pointer} ({entry.Divergence}) changes nothing: a stale override.");
        }
    }

    private static IEnumerable<IReadOnlyList<string>?> Modes(VectorCase vector) => vector.Kind == "scenario"
        ? Scenarios.ScenarioReplayer.Modes(Scenarios.ScenarioSetup.Parse(vector.Case.GetProperty("setup")))
        : new IReadOnlyList<string>?[] { null }.AsEnumerable();

    [Fact]
    public void The_divergence_tables_are_readable()
    {
        Assert.Contains("D1", DocumentedDivergences());
    }

    // The shared table when it is beside the checkout, else the project's own copy of the ids it
    // cites (docs/divergences.md lists both the shared ids it relies on and its own D100+).
    private static HashSet<string> DocumentedDivergences()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var tables = new[]
        {
            Path.Combine(RepositoryPaths.RepositoryRoot, "..", "shared", "spec", "divergences.md"),
            Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "divergences.md"),
        };
        foreach (var table in tables.Where(File.Exists))
        {
            foreach (Match m in Regex.Matches(File.ReadAllText(table), @"^\|\s*(D\d+)\s*\|", RegexOptions.Multiline))
            {
                ids.Add(m.Groups[1].Value);
            }
        }
        return ids;
    }
}
