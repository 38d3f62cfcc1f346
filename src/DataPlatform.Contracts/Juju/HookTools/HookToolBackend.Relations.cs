using System.Globalization;

namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>The relation tools of <see cref="HookToolBackend"/>, with the per-hook caches and buffered writes.</summary>
public sealed partial class HookToolBackend
{
    private readonly Dictionary<int, string> _endpoints = new();
    private readonly Dictionary<string, IReadOnlyList<int>> _relationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, IReadOnlyList<string>> _units = new();
    private readonly Dictionary<int, string> _remoteApps = new();

    // Databags as Juju answered them (own bags: without this hook's pending changes).
    private readonly Dictionary<(int Relation, string Member), Dictionary<string, string>> _bags = new();

    // This hook's changes to its own bags ("" deletes), in the order they were first written.
    private readonly Dictionary<(int Relation, bool App), Dictionary<string, string>> _pending = new();
    private readonly List<(int Relation, bool App)> _pendingOrder = new();

    /// <inheritdoc />
    public IReadOnlyList<int> RelationIds(string endpoint)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        if (_relationIds.TryGetValue(endpoint, out var known)) return known;
        const string tool = "relation-ids";
        var about = $"the relations of endpoint {endpoint}";
        var ids = new List<int>();
        foreach (var reference in HookToolAnswers.StringList(tool, about, Call(tool, [endpoint, "--format=json"], null, default)))
        {
            var colon = reference.LastIndexOf(':');
            if (!int.TryParse(reference.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new HookToolAnswerException(tool, about, "a relation id is not endpoint:N");
            }

            ids.Add(id);
            _endpoints[id] = endpoint;
        }

        return _relationIds[endpoint] = ids;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> RelationUnits(int relationId)
    {
        if (_units.TryGetValue(relationId, out var known)) return known;
        const string tool = "relation-list";
        var answer = Call(tool, ["--format=json", "-r", Ref(relationId)], null, new CallSubject(relationId));
        return _units[relationId] = HookToolAnswers.StringList(tool, $"the units of relation {relationId}", answer);
    }

    /// <inheritdoc />
    /// <remarks>The hook's <c>JUJU_REMOTE_APP</c> answers for the hook's own relation without a tool call.</remarks>
    public string RemoteApp(int relationId)
    {
        if (Hook.RelationId == relationId && !string.IsNullOrEmpty(Hook.RemoteApp)) return Hook.RemoteApp;
        if (_remoteApps.TryGetValue(relationId, out var known)) return known;
        const string tool = "relation-list";
        Require(tool, "remote applications (relation-list --app)", JujuVersion.RelationListApp);
        var answer = Call(tool, ["--format=json", "--app", "-r", Ref(relationId)], null, new CallSubject(relationId));
        return _remoteApps[relationId] = HookToolAnswers.String(tool, $"the remote application of relation {relationId}", answer);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> RelationGet(int relationId, string member)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        var app = !member.Contains('/');
        const string tool = "relation-get";
        if (app) Require(tool, "application databags", JujuVersion.AppData);
        if (!_bags.TryGetValue((relationId, member), out var bag))
        {
            var ownApp = member == AppName;
            string[] args = app
                ? ["--format=json", "-r", Ref(relationId), "--app", "-", member]
                : ["--format=json", "-r", Ref(relationId), "-", member];
            var answer = Call(tool, args, null, new CallSubject(relationId, member, ownApp));
            bag = HookToolAnswers.StringMap(tool, $"the databag of {member} in relation {relationId}", answer);
            _bags[(relationId, member)] = bag;
        }

        var own = member == UnitName ? (relationId, false) : member == AppName ? (relationId, true) : ((int, bool)?)null;
        if (own is not { } key || !_pending.TryGetValue(key, out var changes)) return new Dictionary<string, string>(bag, StringComparer.Ordinal);
        var view = new Dictionary<string, string>(bag, StringComparer.Ordinal);
        foreach (var (k, v) in changes)
        {
            if (v.Length == 0) view.Remove(k);
            else view[k] = v;
        }

        return view;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Recorded, not sent: <see cref="Flush"/> sends it. Writing the app bag from a follower fails
    /// here at once (leadership is known after one <c>is-leader</c>); an unknown relation fails in <see cref="Flush"/>.
    /// </remarks>
    public void RelationSet(int relationId, IReadOnlyDictionary<string, string> changes, bool app)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (app) Require("relation-set", "application databags", JujuVersion.AppData);
        if (app && !IsLeader()) throw new NotLeaderException("relation-set", $"cannot write the application databag of relation {relationId}");
        if (changes.Count == 0) return;
        var key = (relationId, app);
        if (!_pending.TryGetValue(key, out var pending))
        {
            _pending[key] = pending = new Dictionary<string, string>(StringComparer.Ordinal);
            _pendingOrder.Add(key);
        }

        foreach (var (k, v) in changes) pending[k] = v ?? throw new ArgumentException($"null value for key {k}", nameof(changes));
    }

    /// <summary>
    /// Sends this hook's databag changes: one <c>relation-set -r ep:id [--app] --file -</c> per
    /// changed bag, JSON on stdin, none for a bag whose changes are all no-ops against what was read.
    /// Call it once the hook's work succeeded, before exiting 0; calling it again sends only what
    /// changed since.
    /// </summary>
    /// <exception cref="RelationNotFoundException">A written relation is gone.</exception>
    /// <exception cref="NotLeaderException">Juju refused an app-bag write.</exception>
    public void Flush()
    {
        const string tool = "relation-set";
        foreach (var key in _pendingOrder.ToArray())
        {
            var (relationId, app) = key;
            var member = app ? AppName : UnitName;
            var changes = _pending[key];
            if (_bags.TryGetValue((relationId, member), out var read))
            {
                // ops skips writes that change nothing: an identical write still wakes the other side (canonical/operator#578).
                changes = changes
                    .Where(kv => kv.Value.Length == 0 ? read.ContainsKey(kv.Key) : !(read.TryGetValue(kv.Key, out var old) && old == kv.Value))
                    .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            }

            if (changes.Count > 0)
            {
                string[] args = app ? ["-r", Ref(relationId), "--app", "--file", "-"] : ["-r", Ref(relationId), "--file", "-"];
                Call(tool, args, DatabagJson.Write(changes), new CallSubject(relationId, member, app));
                if (read is not null)
                {
                    foreach (var (k, v) in changes)
                    {
                        if (v.Length == 0) read.Remove(k);
                        else read[k] = v;
                    }
                }
            }

            _pending.Remove(key);
            _pendingOrder.Remove(key);
        }
    }

    /// <summary>The <c>-r</c> value: <c>endpoint:id</c> when the endpoint is known (so Juju can check it), else the id.</summary>
    private string Ref(int relationId) => _endpoints.TryGetValue(relationId, out var endpoint) ? $"{endpoint}:{Text(relationId)}" : Text(relationId);
}
