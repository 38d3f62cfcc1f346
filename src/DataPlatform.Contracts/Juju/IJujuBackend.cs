using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Juju;

/// <summary>
/// What the library needs from Juju, as one unit in one hook sees it (docs/hook-tools.md#the-backend-seam):
/// leadership, relations and their databags, secrets, and logging. The hook-tool backend talks to
/// a real Juju; the in-memory Juju of DataPlatform.Contracts.Testing simulates one.
/// </summary>
/// <remarks>
/// As in Juju, writes are buffered: they take effect for other units only when the hook ends
/// without error, and are discarded otherwise. Reads within the hook see the unit's own pending
/// writes. Every failure is a <see cref="JujuException"/> subclass that names the tool and the
/// relation, unit or secret id, never secret content.
/// </remarks>
public interface IJujuBackend
{
    /// <summary>The unit running the hook, e.g. <c>postgresql/0</c>.</summary>
    string UnitName { get; }

    /// <summary>Its application, e.g. <c>postgresql</c>.</summary>
    string AppName { get; }

    /// <summary>What the hook is about.</summary>
    HookContext Hook { get; }

    /// <summary>Whether this unit is the application's leader (<c>is-leader</c>).</summary>
    bool IsLeader();

    /// <summary>The ids of the relations on <paramref name="endpoint"/> (<c>relation-ids</c>).</summary>
    IReadOnlyList<int> RelationIds(string endpoint);

    /// <summary>The remote units of a relation (<c>relation-list -r</c>); peers for a peer relation.</summary>
    /// <exception cref="RelationNotFoundException">No such relation.</exception>
    IReadOnlyList<string> RelationUnits(int relationId);

    /// <summary>The remote application of a relation (<c>relation-list --app</c>); this app for a peer relation.</summary>
    /// <exception cref="RelationNotFoundException">No such relation.</exception>
    string RemoteApp(int relationId);

    /// <summary>
    /// A databag of the relation (<c>relation-get -r id - member</c>): <paramref name="member"/> is
    /// a unit name or an application name.
    /// </summary>
    /// <exception cref="RelationNotFoundException">No such relation.</exception>
    /// <exception cref="RelationAccessDeniedException">A non-leader reading its own app databag of a non-peer relation.</exception>
    IReadOnlyDictionary<string, string> RelationGet(int relationId, string member);

    /// <summary>
    /// Changes this unit's (or, with <paramref name="app"/>, its application's) databag
    /// (<c>relation-set</c>); a value of <c>""</c> deletes the key.
    /// </summary>
    /// <exception cref="RelationNotFoundException">No such relation.</exception>
    /// <exception cref="NotLeaderException">Writing the app databag from a non-leader.</exception>
    void RelationSet(int relationId, IReadOnlyDictionary<string, string> changes, bool app);

    /// <summary>Creates a secret owned by the application (or the unit) and returns its id (<c>secret-add</c>).</summary>
    /// <exception cref="NotLeaderException">An application-owned secret from a non-leader.</exception>
    string SecretAdd(IReadOnlyDictionary<string, string> content, string? label, SecretOwner owner);

    /// <summary>
    /// A secret's content (<c>secret-get</c>) by id, by label, or by id attaching a consumer label
    /// (the label then sticks). <paramref name="mode"/> chooses the revision.
    /// </summary>
    /// <exception cref="SecretNotFoundException">No secret with that id or label.</exception>
    /// <exception cref="SecretAccessDeniedException">The unit may not read it.</exception>
    /// <exception cref="JujuException">An owner used both id and label, or <c>--refresh</c>.</exception>
    IReadOnlyDictionary<string, string> SecretGet(string? id, string? label, SecretRead mode);

    /// <summary>Metadata of a secret this unit's application owns (<c>secret-info-get</c>).</summary>
    /// <exception cref="SecretNotFoundException">Not found, or not owned here.</exception>
    SecretInfo SecretInfoGet(string? id, string? label);

    /// <summary>Writes a new revision (<c>secret-set</c>).</summary>
    void SecretSet(string id, IReadOnlyDictionary<string, string> content);

    /// <summary>Lets the remote application of a relation read the secret (<c>secret-grant</c>).</summary>
    void SecretGrant(string id, int relationId);

    /// <summary>Withdraws a grant (<c>secret-revoke</c>).</summary>
    void SecretRevoke(string id, int relationId);

    /// <summary>Removes one revision, or the whole secret (<c>secret-remove</c>).</summary>
    void SecretRemove(string id, int? revision);

    /// <summary>Writes to the unit's log (<c>juju-log</c>). Callers never pass secret values.</summary>
    void Log(JujuLogLevel level, string message);

    /// <summary>
    /// Sets the unit's status, or with <paramref name="application"/> the application's
    /// (<c>status-set [--application] status -- message</c>).
    /// </summary>
    /// <exception cref="NotLeaderException">The application status from a non-leader.</exception>
    void StatusSet(WorkloadStatus status, string message, bool application);

    /// <summary>The charm's configuration, every option with a value (<c>config-get --format=json</c>).</summary>
    IReadOnlyDictionary<string, WireValue> ConfigGet();

    /// <summary>The parameters of the running action (<c>action-get --format=json</c>).</summary>
    /// <exception cref="NotInActionException">Not running an action.</exception>
    IReadOnlyDictionary<string, WireValue> ActionGet();

    /// <summary>
    /// Adds results to the running action (<c>action-set key=value ...</c>); dotted keys nest.
    /// </summary>
    /// <exception cref="NotInActionException">Not running an action.</exception>
    void ActionSet(IReadOnlyDictionary<string, string> results);

    /// <summary>Marks the running action as failed with <paramref name="message"/> (<c>action-fail</c>).</summary>
    /// <exception cref="NotInActionException">Not running an action.</exception>
    void ActionFail(string message);

    /// <summary>Reports progress of the running action (<c>action-log</c>).</summary>
    /// <exception cref="NotInActionException">Not running an action.</exception>
    void ActionLog(string message);
}
