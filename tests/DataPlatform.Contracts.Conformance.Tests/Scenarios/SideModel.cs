using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>
/// One side's own model, as each side of a recording is its own Harness (conformance README, kind
/// C): the side's application (our charm, or nothing for a played-back side), the applications it
/// relates to as they appear from here, and the relations once this side has them. What another
/// side wrote reaches this model only through <see cref="ScenarioBridge"/>.
/// </summary>
public sealed class SideModel
{
    // Each model numbers its own secrets in a range of its own, so that mirrored secrets keep their id.
    private const int SecretIdRange = 100_000;

    private readonly ScenarioSetup _setup;

    public SideModel(ScenarioSetup setup, ScenarioSide side, int index, Func<CharmHost, object> charm)
    {
        _setup = setup;
        Side = side;
        Juju = new InMemoryJuju { FirstSecretNumber = SecretIdRange * (index + 1) + 1 };
        Juju.Deploy(side.App, side.Metadata(setup.InterfaceName), charm);
        // setup.<side>.leader: false leaves the unit without leadership (docs/hook-tools.md#tools relation-get/-set).
        if (!side.IsLeader) Juju.ClearLeader(side.App);
        foreach (var remote in setup.RelationsOf(side.Name).Select(r => setup.Side(r.Other(side.Name))).DistinctBy(s => s.Name))
        {
            Juju.Deploy(remote.App, remote.RemoteMetadata(setup.InterfaceName), _ => new object());
        }
    }

    public ScenarioSide Side { get; }

    public InMemoryJuju Juju { get; }

    /// <summary>The ids of the setup's relations this side is in, ascending.</summary>
    public IReadOnlyList<int> Relations => _setup.RelationsOf(Side.Name).Select(r => r.Id).ToList();

    public bool HasRelation(int relationId) => Juju.RelationIds.Contains(relationId);

    /// <summary>The side at the other end of <paramref name="relationId"/>.</summary>
    public ScenarioSide Remote(int relationId) => _setup.Remote(Side.Name, relationId);

    /// <summary>Adds the relation to this model under the scenario's id (no hook is run).</summary>
    public void AddRelation(int relationId)
    {
        var remote = Remote(relationId);
        Juju.Relate(Side.App, Side.Endpoint, remote.App, remote.Endpoint, relationId);
    }

    public void RemoveRelation(int relationId) => Juju.RemoveRelation(relationId);
}
