using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// The <c>data</c> key a side keeps in its own databag: what it last saw of each request or response
/// (compact dumps keyed by request id, or one flat dump for a V0 peer) plus the status map
/// (docs/protocol/data-and-diffs.md#the-data-key). Python peers read the provider's copy, so its form is part of the protocol.
/// </summary>
internal static class DiffMemory
{
    public const string StatusKey = "status";

    /// <summary>What changed for one request: against its entry (V1) or the whole object (V0).</summary>
    public static Diff Compute(WireObject stored, string? shortUuid, WireObject current)
    {
        WireObject? old = stored;
        if (stored.Count > 0 && !string.IsNullOrEmpty(shortUuid))
        {
            old = stored.TryGetValue(shortUuid, out var entry) && entry.Kind == WireValueKind.Object ? entry.AsObject() : null;
        }
        return Diff.Compute(old, current);
    }

    /// <summary>
    /// Stores <paramref name="current"/> under <paramref name="shortUuid"/> (V1), or replaces the whole
    /// object (V0, no uuid), with the status map when it is not empty (the reference's store_new_data),
    /// in <paramref name="data"/> itself: the hook writes its text once (docs/hook-cost.md). False when
    /// that changed nothing the text shows, so a hook that saw nothing new encodes nothing.
    /// </summary>
    public static bool Store(WireObject data, string? shortUuid, WireObject current, WireObject? statuses)
    {
        var changed = false;
        if (string.IsNullOrEmpty(shortUuid))
        {
            foreach (var key in data.Keys.ToList()) data.Remove(key);
            foreach (var member in current) data.Set(member.Key, member.Value);
            changed = true;
        }
        if (statuses is { Count: > 0 }) changed |= SetIfNew(data, StatusKey, WireValue.FromObject(statuses));
        if (!string.IsNullOrEmpty(shortUuid)) changed |= SetIfNew(data, shortUuid, WireValue.FromObject(current));
        return changed;
    }

    // Setting a key to what it holds keeps its place and its text.
    private static bool SetIfNew(WireObject data, string key, WireValue value)
    {
        if (data.TryGetValue(key, out var held) && held.SameText(value)) return false;
        data.Set(key, value);
        return true;
    }

    /// <summary>The compact dump of a model, as compute_diff compares it.</summary>
    public static WireObject CompactDump(IRelationModel model) => PythonJson.ParseWritten(CompactText(model)).AsObject();

    /// <summary>The text of the compact dump, as <c>data</c> stores it.</summary>
    public static string CompactText(IRelationModel model)
    {
        var writer = PythonJsonWriter.Rent();
        model.WriteJson(writer, ModelWriteContext.Compact);
        return PythonJsonWriter.ToStringAndReturn(writer);
    }
}
