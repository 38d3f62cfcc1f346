namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>
/// What one hook learned of its secrets, keyed by xid, so each is read at most once: the content of
/// the revision the unit tracks, the latest content, and the labels known to point at it.
/// </summary>
internal sealed class SecretContentCache
{
    private readonly Dictionary<string, Entry> _byXid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _xidByLabel = new(StringComparer.Ordinal);

    private const string LabelOnlyPrefix = "label:";

    /// <summary>The stand-in key of a secret read by <paramref name="label"/> alone, whose xid is unknown.</summary>
    public static string LabelOnly(string label) => LabelOnlyPrefix + label;

    /// <summary>Forgets the secrets known by label alone: a write to some id may have been to one of them.</summary>
    public void ForgetLabelOnly()
    {
        foreach (var key in _byXid.Keys.Where(k => k.StartsWith(LabelOnlyPrefix, StringComparison.Ordinal)).ToArray()) _byXid.Remove(key);
        foreach (var (label, _) in _xidByLabel.Where(kv => kv.Value.StartsWith(LabelOnlyPrefix, StringComparison.Ordinal)).ToArray()) _xidByLabel.Remove(label);
    }

    /// <summary>The xid <paramref name="label"/> is known to name, or null.</summary>
    public string? XidOf(string label) => _xidByLabel.GetValueOrDefault(label);

    /// <summary>The id (in the form first seen) of <paramref name="xid"/>, or null.</summary>
    public string? IdOf(string xid) => _byXid.TryGetValue(xid, out var entry) ? entry.Id : null;

    /// <summary>Whether <paramref name="label"/> is already attached to <paramref name="xid"/>.</summary>
    public bool HasLabel(string xid, string label) => _xidByLabel.TryGetValue(label, out var known) && known == xid;

    /// <summary>The content a read in <paramref name="mode"/> would return, if known.</summary>
    public IReadOnlyDictionary<string, string>? Find(string xid, SecretRead mode)
    {
        if (!_byXid.TryGetValue(xid, out var entry)) return null;
        return mode switch
        {
            SecretRead.Tracked => entry.Tracked,
            SecretRead.Peek => entry.Latest,
            _ => entry.TracksLatest ? entry.Latest : null,
        };
    }

    /// <summary>Records a read of <paramref name="content"/> in <paramref name="mode"/>.</summary>
    public void Read(string id, string xid, string? label, SecretRead mode, IReadOnlyDictionary<string, string> content)
    {
        var entry = Get(id, xid);
        if (mode != SecretRead.Peek) entry.Tracked = content;
        if (mode != SecretRead.Tracked) entry.Latest = content;
        if (mode == SecretRead.Refresh) entry.TracksLatest = true;
        if (label is not null) _xidByLabel[label] = xid;
    }

    /// <summary>Records a secret created in this hook: its creator tracks its only revision.</summary>
    public void Added(string id, string xid, string? label, IReadOnlyDictionary<string, string> content)
    {
        var entry = Get(id, xid);
        entry.Tracked = entry.Latest = content;
        entry.TracksLatest = true;
        if (label is not null) _xidByLabel[label] = xid;
    }

    /// <summary>Records a new revision written in this hook: the latest changes, the tracked one does not.</summary>
    public void Written(string id, string xid, IReadOnlyDictionary<string, string> content)
    {
        var entry = Get(id, xid);
        entry.Latest = content;
        entry.TracksLatest = false;
    }

    /// <summary>Forgets what was known of <paramref name="xid"/>'s content.</summary>
    public void Forget(string xid) => _byXid.Remove(xid);

    /// <summary>Remembers that <paramref name="label"/> names <paramref name="xid"/> (the id in the form given).</summary>
    public void Label(string id, string xid, string? label)
    {
        Get(id, xid);
        if (label is not null) _xidByLabel[label] = xid;
    }

    private Entry Get(string id, string xid)
    {
        if (!_byXid.TryGetValue(xid, out var entry)) _byXid[xid] = entry = new Entry(id);
        return entry;
    }

    private sealed class Entry(string id)
    {
        public string Id { get; } = id;

        public IReadOnlyDictionary<string, string>? Tracked { get; set; }

        public IReadOnlyDictionary<string, string>? Latest { get; set; }

        public bool TracksLatest { get; set; }
    }
}
