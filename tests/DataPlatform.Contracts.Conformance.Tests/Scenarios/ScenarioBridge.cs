using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>
/// The recording's bridge between two side models, not Juju's wall clock (conformance README,
/// kind C, <c>sync</c> and "Delivery between sides"): until S syncs to D, D's model holds S's
/// databags and secrets as at the last sync. A sync first mirrors S's secrets into D's model and
/// runs <c>secret-changed</c> on D for each secret with a new revision that D tracks, while D still
/// sees S's old databags; a secret S removed leaves D's model now. Then it copies S's app databag
/// (one <c>relation-changed</c> without unit when it changed) and S's unit databag (one with the unit).
/// A failing hook ends the sync there, as the op's exception ends it in the recording (README: the
/// step's <c>error</c>); what is left is delivered by the next sync.
/// </summary>
public static class ScenarioBridge
{
    /// <summary>
    /// Delivers S's side of <paramref name="relationId"/> to D, running D's hooks through
    /// <paramref name="runHook"/>, which says whether the hook succeeded.
    /// </summary>
    public static void Sync(SideModel from, SideModel to, int relationId, Func<HookContext, bool> runHook)
    {
        var owner = from.Side.App;
        var changed = MirrorSecrets(from.Juju, to.Juju, owner);
        foreach (var secret in changed)
        {
            foreach (var unit in to.Juju.App(to.Side.App).Units)
            {
                if (secret.TrackedRevisions.TryGetValue(unit, out var tracked) && tracked < secret.LatestRevision
                    && !runHook(Hooks.SecretChanged(secret.Id, secret.ConsumerLabels.GetValueOrDefault(unit))))
                {
                    return;
                }
            }
        }

        // A side that has left the relation, or has not joined it yet, has no databags to deliver or receive.
        if (!from.HasRelation(relationId) || !to.HasRelation(relationId)) return;
        var endpoint = to.Side.Endpoint;
        if (CopyBag(from.Juju, to.Juju, relationId, owner) && !runHook(Hooks.Relation("changed", endpoint, relationId, owner))) return;
        foreach (var unit in from.Juju.App(owner).Units)
        {
            if (CopyBag(from.Juju, to.Juju, relationId, unit) && !runHook(Hooks.Relation("changed", endpoint, relationId, owner, unit))) return;
        }
    }

    // Mirrors every secret S owns into D's model (same id, owner, revisions, grants; D's consumer
    // labels and tracking are D's own) and drops those S no longer has. Returns the secrets, as D
    // now sees them, that gained a revision since D's last view.
    private static List<SecretView> MirrorSecrets(InMemoryJuju from, InMemoryJuju to, string owner)
    {
        var owned = from.Secrets.Where(s => s.OwnerApp == owner).ToList();
        var before = to.Secrets.Where(s => s.OwnerApp == owner).ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var gone in before.Keys.Except(owned.Select(s => s.Id)).ToList()) to.RemoveSecret(gone);
        var changed = new List<SecretView>();
        foreach (var secret in owned)
        {
            to.PutSecret(secret.Id, owner, secret.OwnerLabel, secret.Revisions, secret.Grants);
            if (before.TryGetValue(secret.Id, out var known) && secret.LatestRevision > known.LatestRevision) changed.Add(to.Secret(secret.Id));
        }
        return changed;
    }

    // D's copy of S's databag becomes S's (removed keys deleted); true when it changed.
    private static bool CopyBag(InMemoryJuju from, InMemoryJuju to, int relationId, string member)
    {
        var theirs = from.Databag(relationId, member);
        var seen = to.Databag(relationId, member);
        if (seen.Count == theirs.Count && seen.All(p => theirs.TryGetValue(p.Key, out var v) && v == p.Value)) return false;
        var changes = seen.Keys.Where(k => !theirs.ContainsKey(k)).ToDictionary(k => k, _ => "");
        foreach (var (key, value) in theirs) changes[key] = value;
        to.UpdateDatabag(relationId, member, changes);
        return true;
    }
}
