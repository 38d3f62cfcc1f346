using System.Text.Json;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>One entry of <c>setup.relations[]</c>: the relation id and the sides it connects.</summary>
public sealed record ScenarioRelation(int Id, string Provider, string Requirer)
{
    public bool Involves(string side) => Provider == side || Requirer == side;

    public string Other(string side) => side == Provider ? Requirer : side == Requirer ? Provider
        : throw new InvalidOperationException($"relation {Id} does not involve side '{side}'");
}

/// <summary>
/// A scenario's <c>setup</c> read for any number of sides under any names (conformance README,
/// kind C): each side's role comes from <c>setup.relations[]</c> and must agree with its
/// <c>handler</c>.
/// </summary>
public sealed class ScenarioSetup
{
    private static readonly Dictionary<string, SideRole> V1Handlers = new(StringComparer.Ordinal)
    {
        ["ResourceProviderEventHandler"] = SideRole.Provider,
        ["ResourceRequirerEventHandler"] = SideRole.Requirer,
    };

    private ScenarioSetup(IReadOnlyList<ScenarioSide> sides, IReadOnlyList<ScenarioRelation> relations)
    {
        Sides = sides;
        Relations = relations;
    }

    /// <summary>The sides, in the setup's (sorted) order.</summary>
    public IReadOnlyList<ScenarioSide> Sides { get; }

    public IReadOnlyList<ScenarioRelation> Relations { get; }

    /// <summary>The relation's interface; V0 sides may record none, and only the relation's shape matters.</summary>
    public string InterfaceName => Sides.Select(s => s.Setup.TryGetProperty("interface", out var i) ? i.GetString() : null)
        .FirstOrDefault(i => i is not null) ?? "recorded_interface";

    public ScenarioSide Side(string name) => Sides.FirstOrDefault(s => s.Name == name)
        ?? throw new InvalidOperationException($"the setup has no side '{name}'");

    public ScenarioRelation Relation(int id) => Relations.FirstOrDefault(r => r.Id == id)
        ?? throw new InvalidOperationException($"setup.relations[] has no relation {id}");

    public IEnumerable<ScenarioRelation> RelationsOf(string side) => Relations.Where(r => r.Involves(side));

    /// <summary>The side at the other end of <paramref name="relationId"/> from <paramref name="side"/>.</summary>
    public ScenarioSide Remote(string side, int relationId) => Side(Relation(relationId).Other(side));

    public static ScenarioSetup Parse(JsonElement setup)
    {
        var relations = setup.GetProperty("relations").EnumerateArray()
            .Select(r => new ScenarioRelation(r.GetProperty("relation_id").GetInt32(), r.GetProperty("provider").GetString()!, r.GetProperty("requirer").GetString()!))
            .OrderBy(r => r.Id)
            .ToList();
        var sides = setup.EnumerateObject()
            .Where(p => p.Name != "relations")
            .Select(p => new ScenarioSide(p.Name, RoleOf(p.Name, p.Value, relations), p.Value))
            .ToList();
        foreach (var relation in relations)
        {
            foreach (var name in new[] { relation.Provider, relation.Requirer })
            {
                if (sides.All(s => s.Name != name)) throw new InvalidOperationException($"relation {relation.Id} names side '{name}', which the setup does not define");
            }
        }
        return new ScenarioSetup(sides, relations);
    }

    private static SideRole RoleOf(string name, JsonElement side, IReadOnlyList<ScenarioRelation> relations)
    {
        var roles = relations.Where(r => r.Involves(name)).Select(r => r.Provider == name ? SideRole.Provider : SideRole.Requirer).Distinct().ToList();
        var handler = side.TryGetProperty("handler", out var h) ? h.GetString() : null;
        SideRole? byHandler = handler is not null && V1Handlers.TryGetValue(handler, out var v1) ? v1
            : handler?.EndsWith("Provides", StringComparison.Ordinal) == true ? SideRole.Provider
            : handler?.EndsWith("Requires", StringComparison.Ordinal) == true ? SideRole.Requirer
            : null;
        if (roles.Count > 1) throw new InvalidOperationException($"side '{name}' is provider in one relation and requirer in another");
        var role = roles.Count == 1 ? roles[0] : byHandler ?? throw new InvalidOperationException($"side '{name}' is in no relation and its handler '{handler}' names no role");
        if (byHandler is { } expected && expected != role) throw new InvalidOperationException($"side '{name}' runs {handler} but is the {role} of its relations");
        return role;
    }
}
