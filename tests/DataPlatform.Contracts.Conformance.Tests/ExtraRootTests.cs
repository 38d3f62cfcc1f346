using System.Text.Json;
using DataPlatform.Contracts.Conformance.Tests.Comparison;
using DataPlatform.Contracts.Conformance.Tests.Scenarios;
using DataPlatform.Contracts.Conformance.Tests.Vectors;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>
/// A vector read from <c>$CONTRACTS_CONFORMANCE_DIR</c> is held to the same divergence table as the
/// project's copy (conformance README): the table applies by the path below the root, <c>kind/*</c>
/// entries included. The project's own extra-vectors folder stands in for the variable's folder.
/// </summary>
public sealed class ExtraRootTests
{
    private static readonly VectorRoot AsVariableRoot = new("$" + VectorRoot.ExtraRootVariable, RepositoryPaths.ExtraVectorsDirectory);

    private static VectorCase Scenario(string name) =>
        VectorCatalog.CasesOf(AsVariableRoot).Single(c => c.RelativePath == $"scenario/{name}.json");

    [Fact]
    public void Cases_are_named_by_their_root_but_keyed_in_the_table_by_their_path_below_it()
    {
        var vector = Scenario("x_one_provider_two_requirers");

        Assert.Equal("$CONTRACTS_CONFORMANCE_DIR/scenario/x_one_provider_two_requirers.json#0", vector.Id);
        Assert.Equal("scenario/x_one_provider_two_requirers.json#0", vector.TableKey);
    }

    [Fact]
    public void A_kind_wildcard_entry_applies_below_any_root()
    {
        var vector = Scenario("x_one_provider_two_requirers");
        var recorded = vector.Case.GetProperty("steps")[7].GetProperty("state");
        var expected = Overrides.Expected(vector.TableKey, vector.Case, new[] { "provider" }).GetProperty("steps")[7].GetProperty("state");

        Assert.Equal(2, recorded.GetProperty("provider").GetProperty("secrets_owned")[0].GetProperty("revision").GetInt32());
        Assert.Equal(VectorComparer.RevisionMarker, expected.GetProperty("provider").GetProperty("secrets_owned")[0].GetProperty("revision").GetString());
        var consumed = expected.GetProperty("requirer_b").GetProperty("secrets_consumed")[0];
        Assert.Equal(VectorComparer.RevisionMarker, consumed.GetProperty("latest_revision").GetString());
        Assert.Equal(VectorComparer.TracksLatestMarker, consumed.GetProperty("tracked_revision").GetString());
    }

    [Fact]
    public void A_scenario_under_the_variables_root_replays_with_the_table_applied()
    {
        var vector = Scenario("x_one_provider_two_requirers");

        ScenarioReplayer.Replay(vector.Case, ours => Overrides.Expected(vector.TableKey, vector.Case, ours));
    }

    [Fact]
    public void Without_the_table_our_revision_counts_differ_from_the_reference()
    {
        var vector = Scenario("x_one_provider_two_requirers");

        var error = Assert.ThrowsAny<Exception>(() => ScenarioReplayer.Replay(vector.Case, _ => vector.Case));
        Assert.Contains("revision", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modes_follow_the_roles_of_the_setup_whatever_the_side_names()
    {
        var setup = ScenarioSetup.Parse(Scenario("x_requirer_two_providers_aliases").Case.GetProperty("setup"));

        var modes = ScenarioReplayer.Modes(setup).Select(m => string.Join(",", m)).ToList();

        Assert.Equal(new[] { "provider_one,provider_two,requirer", "provider_one,provider_two", "requirer" }, modes);
    }

    [Fact]
    public void A_side_whose_handler_contradicts_its_relations_is_refused()
    {
        const string setup = """
            {"relations": [{"provider": "a", "relation_id": 0, "requirer": "b"}],
             "a": {"app": "x", "handler": "ResourceRequirerEventHandler", "library": "v1"},
             "b": {"app": "y", "handler": "ResourceRequirerEventHandler", "library": "v1"}}
            """;

        var error = Assert.Throws<InvalidOperationException>(() => ScenarioSetup.Parse(JsonDocument.Parse(setup).RootElement));
        Assert.Contains("side 'a'", error.Message, StringComparison.Ordinal);
    }
}
