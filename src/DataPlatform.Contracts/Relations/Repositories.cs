using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// The databags a charm reads and writes models in, each with its secrets: a relation's own app and
/// unit bags (secrets labelled <c>&lt;endpoint&gt;.&lt;id&gt;.&lt;group&gt;.secret</c>, granted to the
/// remote app), the peer relation's app and unit bags (secrets labelled
/// <c>&lt;relation&gt;.&lt;app&gt;.&lt;scope&gt;[.&lt;group&gt;]</c>, by label only), and another peer
/// unit's bag, read-only.
/// </summary>
public static class Repositories
{
    /// <summary>This application's bag of relation <paramref name="relationId"/> on <paramref name="endpoint"/>.</summary>
    public static DataRepository RelationApp(CharmHost host, string endpoint, int relationId)
    {
        var relation = Relation(host, endpoint, relationId);
        return new DataRepository(host.Backend, relation, host.Backend.AppName, isApp: true, isPeer: false, readOnly: false,
            new RelationSecretRepository(new JujuSecretStore(host.Backend), endpoint, relationId));
    }

    /// <summary>This unit's bag of relation <paramref name="relationId"/> on <paramref name="endpoint"/>.</summary>
    public static DataRepository RelationUnit(CharmHost host, string endpoint, int relationId)
    {
        var relation = Relation(host, endpoint, relationId);
        return new DataRepository(host.Backend, relation, host.Backend.UnitName, isApp: false, isPeer: false, readOnly: false,
            new RelationSecretRepository(new JujuSecretStore(host.Backend), endpoint, relationId));
    }

    /// <summary>The peer relation's application bag (all units read it; the leader writes it).</summary>
    public static DataRepository PeerApp(CharmHost host, string peerEndpoint) =>
        new(host.Backend, PeerRelation(host, peerEndpoint), host.Backend.AppName, isApp: true, isPeer: true, readOnly: false,
            new PeerSecretRepository(new JujuSecretStore(host.Backend), peerEndpoint, host.Backend.AppName, SecretScope.App));

    /// <summary>This unit's bag in the peer relation (unit-owned secrets).</summary>
    public static DataRepository PeerUnit(CharmHost host, string peerEndpoint) =>
        new(host.Backend, PeerRelation(host, peerEndpoint), host.Backend.UnitName, isApp: false, isPeer: true, readOnly: false,
            new PeerSecretRepository(new JujuSecretStore(host.Backend, SecretOwner.Unit), peerEndpoint, host.Backend.AppName, SecretScope.Unit));

    /// <summary>Another unit's bag in the peer relation, read-only.</summary>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is this unit.</exception>
    public static DataRepository OtherPeerUnit(CharmHost host, string peerEndpoint, string unit)
    {
        if (unit == host.Backend.UnitName) throw new ArgumentException("Can't instantiate OtherPeerUnit with local unit.", nameof(unit));
        return new DataRepository(host.Backend, PeerRelation(host, peerEndpoint), unit, isApp: false, isPeer: true, readOnly: true,
            new PeerSecretRepository(new JujuSecretStore(host.Backend, SecretOwner.Unit), peerEndpoint, host.Backend.AppName, SecretScope.Unit));
    }

    private static RelationHandle Relation(CharmHost host, string endpoint, int relationId)
    {
        if (!host.Backend.RelationIds(endpoint).Contains(relationId)) throw new RelationDataException(endpoint, relationId, null, null, "Missing relation.");
        return new RelationHandle(host.Backend, endpoint, relationId);
    }

    private static RelationHandle PeerRelation(CharmHost host, string endpoint)
    {
        var ids = host.Backend.RelationIds(endpoint);
        if (ids.Count == 0) throw new RelationDataException(endpoint, -1, null, null, "Missing relation: the peer relation is not established yet.");
        return new RelationHandle(host.Backend, endpoint, ids[0]);
    }
}
