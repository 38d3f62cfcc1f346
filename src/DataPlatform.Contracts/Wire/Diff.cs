namespace DataPlatform.Contracts.Wire;

/// <summary>
/// The keys that differ between two versions of a JSON object, as the reference's <c>diff()</c>:
/// added, changed (Python <c>!=</c> on the decoded values) and deleted.
/// </summary>
public sealed class Diff
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    private Diff(IReadOnlySet<string> added, IReadOnlySet<string> changed, IReadOnlySet<string> deleted)
    {
        Added = added;
        Changed = changed;
        Deleted = deleted;
    }

    /// <summary>No difference.</summary>
    internal static Diff Nothing { get; } = new(None, None, None);

    /// <summary>Keys present only in the new object.</summary>
    public IReadOnlySet<string> Added { get; }

    /// <summary>Keys present in both whose values differ.</summary>
    public IReadOnlySet<string> Changed { get; }

    /// <summary>Keys present only in the old object.</summary>
    public IReadOnlySet<string> Deleted { get; }

    /// <summary>True when nothing was added, changed or deleted.</summary>
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Deleted.Count == 0;

    /// <summary>
    /// <c>resource_added()</c>: whether one of the resource keys (<see cref="WireKeys.ResourceKeys"/>)
    /// was added. A changed resource does not count.
    /// </summary>
    public bool ResourceAdded
    {
        get
        {
            foreach (var key in WireKeys.ResourceKeys)
            {
                if (Added.Contains(key)) return true;
            }
            return false;
        }
    }

    /// <summary>Compares two objects; a null <paramref name="old"/> counts as empty, as upstream.</summary>
    public static Diff Compute(WireObject? old, WireObject @new)
    {
        ArgumentNullException.ThrowIfNull(@new);
        HashSet<string>? added = null, changed = null, deleted = null;
        for (var i = 0; i < @new.Count; i++)
        {
            var member = @new[i];
            if (old is null || !old.TryGetValue(member.Key, i, out var before))
            {
                (added ??= new HashSet<string>(StringComparer.Ordinal)).Add(member.Key);
            }
            else if (!before.Equals(member.Value))
            {
                (changed ??= new HashSet<string>(StringComparer.Ordinal)).Add(member.Key);
            }
        }
        if (old is not null)
        {
            for (var i = 0; i < old.Count; i++)
            {
                var member = old[i];
                if (!@new.ContainsKey(member.Key, i)) (deleted ??= new HashSet<string>(StringComparer.Ordinal)).Add(member.Key);
            }
        }
        return new Diff(added ?? None, changed ?? None, deleted ?? None);
    }
}
