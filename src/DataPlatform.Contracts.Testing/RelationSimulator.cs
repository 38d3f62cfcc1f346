using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// Delivers, on top of an <see cref="InMemoryJuju"/>, the hooks Juju runs when related charms
/// change what the other side sees (conformance README, kind C <c>sync</c>): integrate, sync one
/// direction, settle both directions, break. Timing is Juju's own: both sides share one model, so
/// a committed write is readable by the other side at once and a sync only runs the hooks. The
/// conformance suite replays recordings with its own bridge instead (one model per side, delivery
/// at sync), so charm tests keep this behaviour.
/// </summary>
public sealed class RelationSimulator
{
    private readonly DeliveredViews _delivered = new();

    /// <summary>Creates a simulator over <paramref name="juju"/>.</summary>
    public RelationSimulator(InMemoryJuju juju) => Juju = juju ?? throw new ArgumentNullException(nameof(juju));

    /// <summary>The model.</summary>
    public InMemoryJuju Juju { get; }

    /// <summary>
    /// Whether a failed hook throws <see cref="HookFailedException"/> (default) rather than being
    /// returned like any other run. Either way its writes are discarded and the same change is
    /// delivered again by the next sync, as Juju retries a failed hook.
    /// </summary>
    public bool ThrowOnHookFailure { get; init; } = true;

    /// <summary>
    /// How each hook is run, by default <see cref="InMemoryJuju.RunHook"/>. Set it to run hooks
    /// another way that records them on the same model, e.g. <c>(unit, hook) =&gt;
    /// juju.RunCharmThroughTools(unit, hook)</c> to deliver every hook through fake hook tools.
    /// </summary>
    public Action<string, HookContext>? RunHook { get; init; }

    /// <summary>
    /// Relates the two endpoints and runs <c>relation-created</c> on every unit of both sides, then
    /// <c>relation-joined</c> on every unit for every remote unit. Returns the relation id.
    /// </summary>
    public int Integrate(string appA, string endpointA, string appB, string endpointB)
    {
        var id = Juju.Relate(appA, endpointA, appB, endpointB);
        foreach (var (local, remote) in new[] { (appA, appB), (appB, appA) })
        {
            foreach (var unit in Juju.App(local).Units) Run(unit, Hooks.Relation("created", Juju.Relation(id).EndpointOf(local), id, remote));
        }

        foreach (var (local, remote) in new[] { (appA, appB), (appB, appA) })
        {
            var endpoint = Juju.Relation(id).EndpointOf(local);
            foreach (var unit in Juju.App(local).Units)
            {
                foreach (var remoteUnit in Juju.App(remote).Units) Run(unit, Hooks.Relation("joined", endpoint, id, remote, remoteUnit));
            }
        }

        return id;
    }

    /// <summary>
    /// Delivers to <paramref name="toApp"/> what changed on <paramref name="fromApp"/>'s side of the
    /// relation: (1) <c>secret-changed</c>, with the unit's consumer label, on each unit tracking an
    /// older revision of a secret <paramref name="fromApp"/> owns; (2) one <c>relation-changed</c>
    /// without a remote unit on each unit when the app databag changed; (3) one with the remote unit
    /// per changed unit databag. Nothing when nothing changed. For a peer relation pass the
    /// application twice; a unit is not told about its own databag, nor the leader about the app's.
    /// </summary>
    public IReadOnlyList<HookRun> Sync(string fromApp, string toApp, int relationId)
    {
        var relation = Juju.Relation(relationId);
        if (relation.OtherApp(fromApp) != toApp) throw new ArgumentException($"relation {relationId} does not join {fromApp} to {toApp}", nameof(toApp));
        var runs = new List<HookRun>();
        if (!relation.IsPeer) DeliverSecretChanges(fromApp, toApp, runs);
        var endpoint = relation.EndpointOf(toApp);
        foreach (var unit in Juju.App(toApp).Units)
        {
            if (relation.IsPeer && Juju.LeaderOf(fromApp) == unit) continue;
            Deliver(relationId, fromApp, unit, Hooks.Relation("changed", endpoint, relationId, fromApp), runs);
        }

        foreach (var remoteUnit in Juju.App(fromApp).Units)
        {
            foreach (var unit in Juju.App(toApp).Units.Where(u => u != remoteUnit))
            {
                Deliver(relationId, remoteUnit, unit, Hooks.Relation("changed", endpoint, relationId, fromApp, remoteUnit), runs);
            }
        }

        return runs;
    }

    /// <summary>
    /// Syncs every relation in both directions, round after round, until a round delivers nothing.
    /// Throws <see cref="SettleStormException"/> once more than <paramref name="maxHooks"/> hooks ran.
    /// </summary>
    public IReadOnlyList<HookRun> Settle(int maxHooks = 100)
    {
        var runs = new List<HookRun>();
        while (true)
        {
            var before = runs.Count;
            foreach (var id in Juju.RelationIds)
            {
                var relation = Juju.Relation(id);
                var directions = relation.IsPeer
                    ? new[] { (relation.AppA, relation.AppA) }
                    : new[] { (relation.AppA, relation.AppB), (relation.AppB, relation.AppA) };
                foreach (var (from, to) in directions)
                {
                    runs.AddRange(Sync(from, to, id));
                    if (runs.Count > maxHooks) throw new SettleStormException(maxHooks, runs);
                }
            }

            if (runs.Count == before) return runs;
        }
    }

    /// <summary>
    /// Runs <c>relation-departed</c> on every unit for every remote unit, then <c>relation-broken</c>
    /// on every unit (the relation is still readable during them), then removes the relation and its grants.
    /// </summary>
    public IReadOnlyList<HookRun> Break(int relationId)
    {
        var relation = Juju.Relation(relationId);
        var sides = relation.IsPeer ? new[] { relation.AppA } : new[] { relation.AppA, relation.AppB };
        var runs = new List<HookRun>();
        foreach (var local in sides)
        {
            var remote = relation.OtherApp(local);
            foreach (var unit in Juju.App(local).Units)
            {
                foreach (var remoteUnit in Juju.App(remote).Units.Where(u => u != unit))
                {
                    runs.Add(Run(unit, Hooks.Relation("departed", relation.EndpointOf(local), relationId, remote, remoteUnit)));
                }
            }
        }

        foreach (var local in sides)
        {
            foreach (var unit in Juju.App(local).Units)
            {
                runs.Add(Run(unit, Hooks.Relation("broken", relation.EndpointOf(local), relationId, relation.OtherApp(local))));
            }
        }

        Juju.RemoveRelation(relationId);
        _delivered.Forget(relationId);
        return runs;
    }

    private void DeliverSecretChanges(string fromApp, string toApp, List<HookRun> runs)
    {
        foreach (var owned in Juju.Secrets.Where(s => s.OwnerApp == fromApp))
        {
            foreach (var unit in Juju.App(toApp).Units)
            {
                var secret = Juju.Secrets.FirstOrDefault(s => s.Id == owned.Id);
                if (secret is null || !secret.TrackedRevisions.TryGetValue(unit, out var tracked)) continue;
                var latest = secret.LatestRevision;
                if (tracked >= latest || _delivered.NotifiedRevision(secret.Id, unit) >= latest) continue;
                var run = Run(unit, Hooks.SecretChanged(secret.Id, secret.ConsumerLabels.GetValueOrDefault(unit)), runs);
                if (run.Result.Committed) _delivered.Notified(secret.Id, unit, latest);
            }
        }
    }

    private void Deliver(int relationId, string member, string unit, HookContext hook, List<HookRun> runs)
    {
        var bag = Juju.Databag(relationId, member);
        if (!_delivered.IsNew(relationId, member, unit, bag)) return;
        var run = Run(unit, hook, runs);
        if (run.Result.Committed) _delivered.Saw(relationId, member, unit, bag);
    }

    private HookRun Run(string unit, HookContext hook, List<HookRun> runs)
    {
        var run = Run(unit, hook);
        runs.Add(run);
        return run;
    }

    private HookRun Run(string unit, HookContext hook)
    {
        if (RunHook is { } runHook) runHook(unit, hook);
        else Juju.RunHook(unit, hook);
        var run = Juju.History[^1];
        if (ThrowOnHookFailure && !run.Result.Committed) throw new HookFailedException(run);
        return run;
    }
}
