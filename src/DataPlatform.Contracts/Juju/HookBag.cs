using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Juju;

/// <summary>
/// One databag as <see cref="HookUnitOfWork"/> holds it during a hook: what Juju answered, the
/// hook's view with its own writes, the writes not yet sent, and the keys kept decoded whose text
/// is only written when something needs it (docs/hook-cost.md).
/// </summary>
internal sealed class HookBag
{
    public HookBag(int relationId, string member, bool app)
    {
        RelationId = relationId;
        Member = member;
        App = app;
    }

    public int RelationId { get; }

    /// <summary>The unit or application name.</summary>
    public string Member { get; }

    /// <summary>Whether this is an application bag (relation-set --app), for own bags.</summary>
    public bool App { get; }

    /// <summary>The bag as Juju answered it (or as last sent); null while it has only been written.</summary>
    public IReadOnlyDictionary<string, string>? Read { get; set; }

    /// <summary>The hook's view: <see cref="Read"/> with the hook's writes; null while not read.</summary>
    public Databag? View { get; set; }

    /// <summary>Changes not sent yet (<c>""</c> deletes), in the order first written.</summary>
    public Dictionary<string, string> Pending { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether Juju accepted that this hook writes the bag (checked once, at the first write).</summary>
    public bool Writable { get; set; }

    /// <summary>Whether the bag has changes to send.</summary>
    public bool Dirty { get; set; }

    /// <summary>The <c>data</c> key decoded (the diff memory); null when not decoded.</summary>
    public WireObject? Memory { get; set; }

    /// <summary>
    /// The <c>data</c> text and where each of its entries' text lies in it, while it is not
    /// decoded: enough to see that an entry is unchanged, or to read one entry, without decoding
    /// the rest. No entries when the text cannot be indexed that way.
    /// </summary>
    public (string Text, Dictionary<string, Range>? Entries)? MemoryText { get; set; }

    /// <summary>Whether <see cref="Memory"/> holds changes its text does not.</summary>
    public bool MemoryDirty { get; set; }

    /// <summary>The <c>version</c>/<c>requests</c> keys decoded as a response list; null when not decoded.</summary>
    public DecodedResponses? Responses { get; set; }

    /// <summary>Whether <see cref="Responses"/> holds changes its text does not.</summary>
    public bool ResponsesDirty { get; set; }

    /// <summary>The <c>status</c> text last decoded into <see cref="StatusMap"/>.</summary>
    public string? StatusText { get; set; }

    /// <summary>The status map (code to status) decoded from <see cref="StatusText"/>.</summary>
    public WireObject? StatusMap { get; set; }
}
