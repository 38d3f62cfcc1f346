using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

public sealed partial class ResourceRequirerEventHandler<TResponse>
{
    // Every unit handles the provider's changes: one event per changed response, then statuses.
    // The unit's `data` memory is decoded once and updated in place (docs/hook-cost.md).
    private void OnRelationChanged(HookContext hook)
    {
        if (HookRelation(hook) is not { } relation) return;
        var remote = Work.View(relation.Id, relation.RemoteApp);
        if (!SubordinateReady(relation, remote)) return;
        KeepRequestsPublished(relation);

        var previousStatuses = Work.Memory(relation.Id, Juju.UnitName).TryGetValue(DiffMemory.StatusKey, out var stored) && stored.Kind == WireValueKind.Object
            ? stored.AsObject()
            : new WireObject();
        var currentStatuses = StatusList.Read(remote);

        var responses = ReadResponses(relation, remote);
        if (responses.Count > 0 && ProviderRequests.Read(Work, relation.Id, relation.RemoteApp) is { } requests)
        {
            var statusMap = StatusList.AsMap(currentStatuses.Values);
            foreach (var response in responses) HandleResponse(relation, hook, requests, response, statusMap);
        }
        ReportStatuses(relation, hook, previousStatuses, currentStatuses);
    }

    private void HandleResponse(RelationHandle relation, HookContext hook, ProviderRequests requests, TResponse response, WireObject statuses)
    {
        var id = response.ShortUuid;
        if (!requests.TryFind(id, out var isEntity))
        {
            // Divergence D14: skip it; the other responses are still handled.
            Warn(relation, $"No request matching the response with response_id {RemoteText.Prefix(id, RemoteText.MaxIdChars)}; the response is skipped");
            return;
        }
        var memory = Work.Memory(relation.Id, Juju.UnitName);
        var current = DiffMemory.CompactDump(response);
        var diff = DiffMemory.Compute(memory, id, current);
        if (DiffMemory.Store(memory, id, current, statuses)) Work.MemoryChanged(relation.Id, app: false);

        RequirerEventKind? kind =
            diff.Added.Contains("secret-user") && !isEntity ? RequirerEventKind.ResourceCreated
            : diff.Added.Contains("secret-entity") && isEntity ? RequirerEventKind.ResourceEntityCreated
            : AddedOrChanged(diff, "endpoints") ? RequirerEventKind.EndpointsChanged
            : AddedOrChanged(diff, "read-only-endpoints") ? RequirerEventKind.ReadOnlyEndpointsChanged
            : AddedOrChanged(diff, "secret-tls") ? RequirerEventKind.AuthenticationUpdated
            : null;
        if (kind is { } raised) Raise(relation, raised, hook.RemoteApp, hook.RemoteUnit, response);
    }

    private static bool AddedOrChanged(Diff diff, string key) => diff.Added.Contains(key) || diff.Changed.Contains(key);

    // Each event also goes out under the relation's alias (divergence D7: authentication_updated too).
    private void Raise(RelationHandle relation, RequirerEventKind kind, string? app, string? unit, TResponse response)
    {
        var name = RequirerEventNames.Of(kind);
        _events.Raise(kind, new ResourceResponseEvent<TResponse>(name, relation, app, unit, response));
        if (AliasOf(relation) is { } alias && _aliasEvents.TryGetValue(alias, out var aliased))
        {
            aliased.Raise(kind, new ResourceResponseEvent<TResponse>(alias + "_" + name, relation, app, unit, response));
        }
    }

    // Divergence D2: compare with the codes this unit last saw, raise each new code once and
    // resolve each vanished code once, then remember the current ones.
    private void ReportStatuses(RelationHandle relation, HookContext hook, WireObject previous, SortedDictionary<int, RelationStatus> current)
    {
        var active = current.Values.ToList();
        var raised = current.Where(s => !previous.ContainsKey(Code(s.Key))).Select(s => s.Value).ToList();
        var resolved = new List<RelationStatus>();
        foreach (var entry in previous)
        {
            if (int.TryParse(entry.Key, out var code) && !current.ContainsKey(code) && entry.Value.Kind == WireValueKind.Object)
            {
                try
                {
                    resolved.Add(RelationModels.FromWire<RelationStatus>(entry.Value));
                }
                catch (RelationModelValidationException)
                {
                    Warn(relation, $"the remembered status {RemoteText.Prefix(entry.Key)} is unreadable; its resolution is not reported");
                }
            }
        }
        if (raised.Count == 0 && resolved.Count == 0 && previous.Count == current.Count) return;

        var data = Work.Memory(relation.Id, Juju.UnitName);
        if (current.Count == 0) data.Remove(DiffMemory.StatusKey);
        else data.Set(DiffMemory.StatusKey, WireValue.FromObject(StatusList.AsMap(active)));
        Work.MemoryChanged(relation.Id, app: false);

        foreach (var status in raised) StatusRaised?.Invoke(new RelationStatusEvent("status_raised", relation, hook.RemoteApp, hook.RemoteUnit, status, active));
        foreach (var status in resolved) StatusResolved?.Invoke(new RelationStatusEvent("status_resolved", relation, hook.RemoteApp, hook.RemoteUnit, status, active));
    }

    private static string Code(int code) => code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A subordinate provider answers only once its unit says it is ready.
    private static bool SubordinateReady(RelationHandle relation, Databag remote)
    {
        if (remote.Get("subordinated") != "true") return true;
        var units = relation.RemoteUnits;
        return units.Count > 0 && relation.RemoteUnitData(units[^1]).Get("state") == "ready";
    }

    // A new revision of one of the provider's secrets: find the response by the label's request id.
    private void OnSecretChanged(HookContext hook)
    {
        if (hook.SecretId is not { } id) return;
        if (!TryRelationOfSecret(hook, out var relation, out var shortUuid) || shortUuid is null || Owns(id)) return;
        var response = ReadResponses(relation, relation.RemoteAppData()).FirstOrDefault(r => r.ShortUuid == shortUuid);
        if (response is null)
        {
            Warn(relation, $"no response for request {shortUuid} of the changed secret");
            return;
        }
        var unit = relation.RemoteUnits.FirstOrDefault();
        Raise(relation, RequirerEventKind.AuthenticationUpdated, relation.RemoteApp, unit, response);
    }

    private void AssignAlias(RelationHandle relation)
    {
        if (Options.RelationAliases is not { } aliases) return;
        if (AliasOf(relation) is not null) return;
        var used = Relations.Where(r => r.Id != relation.Id).Select(AliasOf).Where(a => a is not null).ToHashSet();
        var alias = aliases.FirstOrDefault(a => !used.Contains(a));
        if (alias is null) return;
        var unit = relation.LocalUnitData();
        unit[WireKeys.Alias] = alias;
        relation.WriteLocalUnit(unit);
        if (Juju.IsLeader())
        {
            var app = relation.LocalAppData();
            app[WireKeys.Alias] = alias;
            relation.WriteLocalApp(app);
        }
    }

    private string? AliasOf(RelationHandle relation) => Work.Value(relation.Id, Juju.UnitName, WireKeys.Alias);
}
