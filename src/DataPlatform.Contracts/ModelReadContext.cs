using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts;

/// <summary>
/// State of one read: the secrets to resolve pointers against, and the issues found so far with
/// the path that leads to them. The outermost model read throws when it ends with issues.
/// </summary>
public sealed class ModelReadContext
{
    // Keys entered (Index -1), or list indices: an index becomes text only when an issue names it.
    private readonly List<(string? Key, int Index)> _path = new();
    private readonly List<ValidationIssue> _issues = new();
    private int _depth;

    /// <summary>A read that resolves secret pointers through <paramref name="secrets"/>, if given.</summary>
    public ModelReadContext(ISecretRepository? secrets = null) => Secrets = secrets;

    /// <summary>The secrets that secret members are read from; null leaves them as read.</summary>
    public ISecretRepository? Secrets { get; }

    /// <summary>Number of issues recorded so far.</summary>
    public int IssueCount => _issues.Count;

    /// <summary>Descends into <paramref name="key"/> (a wire key, or a list index as text).</summary>
    public void Enter(string key) => _path.Add((key, -1));

    /// <summary>Descends into list item <paramref name="index"/>.</summary>
    public void Enter(int index) => _path.Add((null, index));

    /// <summary>Leaves the last key entered.</summary>
    public void Exit() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Records an issue at the current path plus <paramref name="key"/> (none for a model-level issue).</summary>
    public void AddIssue(string kind, string? key, string? member, string message)
    {
        var location = new string[_path.Count + (key is null ? 0 : 1)];
        for (var i = 0; i < _path.Count; i++) location[i] = _path[i].Index < 0 ? _path[i].Key! : _path[i].Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (key is not null) location[^1] = key;
        _issues.Add(new ValidationIssue(kind, location, member, message));
    }

    /// <summary>Whether an issue of <paramref name="kind"/> was recorded after the first <paramref name="count"/>.</summary>
    internal bool HasIssueSince(int count, string kind)
    {
        for (var i = count; i < _issues.Count; i++)
        {
            if (_issues[i].Kind == kind) return true;
        }
        return false;
    }

    /// <summary>Forgets the issues recorded after the first <paramref name="count"/> (a read that is done again another way).</summary>
    internal void DropIssuesSince(int count) => _issues.RemoveRange(count, _issues.Count - count);

    /// <summary>Called when a model read starts (by the model machinery, or a hand-written model).</summary>
    public void BeginModel() => _depth++;

    /// <summary>
    /// Called when a model read ends: the outermost read throws with every
    /// issue found in it, so nested models report through their container.
    /// </summary>
    /// <exception cref="RelationModelValidationException">The read found issues.</exception>
    public void EndModel(string model)
    {
        if (--_depth > 0 || _issues.Count == 0) return;
        var issues = _issues.ToArray();
        _issues.Clear();
        throw new RelationModelValidationException(model, issues);
    }
}
