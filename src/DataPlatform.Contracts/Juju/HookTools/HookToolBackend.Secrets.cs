namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>
/// The secret tools of <see cref="HookToolBackend"/> (Juju 3.0.3 or later). Content travels only
/// through <see cref="SecretContentFiles"/> and stdout, never argv; each secret is read at most once per hook.
/// </summary>
public sealed partial class HookToolBackend
{
    private readonly SecretContentCache _secrets = new();
    private readonly Dictionary<string, SecretInfo> _infos = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string SecretAdd(IReadOnlyDictionary<string, string> content, string? label, SecretOwner owner)
    {
        ArgumentNullException.ThrowIfNull(content);
        const string tool = "secret-add";
        RequireSecrets(tool);
        var args = new List<string>();
        if (label is not null) args.AddRange(["--label", label]);
        args.AddRange(["--owner", owner == SecretOwner.Unit ? "unit" : "application"]);
        string answer;
        using (var files = SecretContentFiles.Write(tool, content))
        {
            args.AddRange(files.Args);
            answer = Call(tool, args, null, new CallSubject(Secret: label ?? "(new)"));
        }

        var id = answer.Trim();
        if (id.Length == 0 || id.Contains('\n')) throw new HookToolAnswerException(tool, $"a new secret labelled {label ?? "(none)"}", id.Length == 0 ? "empty answer" : "expected one secret id");
        _secrets.Added(id, SecretUri.Xid(id), label, Copy(content));
        return id;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> SecretGet(string? id, string? label, SecretRead mode)
    {
        const string tool = "secret-get";
        RequireSecrets(tool);
        if (id is null && label is null) throw new ArgumentException("secret-get needs an id or a label");
        // A label whose id is still unknown is cached under a stand-in key until the id turns up.
        var xid = id is not null ? SecretUri.Xid(id) : _secrets.XidOf(label!) ?? SecretContentCache.LabelOnly(label!);
        var labelPending = id is not null && label is not null && !_secrets.HasLabel(xid, label);
        if (!labelPending && _secrets.Find(xid, mode) is { } known) return known;

        var args = new List<string> { "--format=json" };
        if (id is not null) args.Add(SecretUri.Canonical(id, _modelUuid));
        if (label is not null) args.AddRange(["--label", label]);
        if (mode == SecretRead.Peek) args.Add("--peek");
        if (mode == SecretRead.Refresh) args.Add("--refresh");
        var reference = id ?? label!;
        var answer = Call(tool, args, null, new CallSubject(Secret: reference));
        var content = HookToolAnswers.StringMap(tool, "secret " + reference, answer);
        _secrets.Read(id ?? _secrets.IdOf(xid) ?? xid, xid, label, mode, content);
        return content;
    }

    /// <inheritdoc />
    public SecretInfo SecretInfoGet(string? id, string? label)
    {
        const string tool = "secret-info-get";
        RequireSecrets(tool);
        if (id is null == label is null) throw new ArgumentException("secret-info-get needs an id or a label, not both");
        var cacheKey = id is not null ? "id:" + SecretUri.Xid(id) : "label:" + label;
        if (_infos.TryGetValue(cacheKey, out var cached)) return cached;
        string[] args = id is not null ? ["--format=json", SecretUri.Canonical(id, _modelUuid)] : ["--format=json", "--label", label!];
        var reference = id ?? label!;
        var (xid, revision, ownerLabel) = HookToolAnswers.SecretInfo(tool, "secret " + reference, Call(tool, args, null, new CallSubject(Secret: reference)));
        // Keep the id in the form the charm already holds (databags carry it), else complete the xid.
        var knownId = id ?? _secrets.IdOf(xid) ?? SecretUri.Canonical(xid, _modelUuid);
        var info = new SecretInfo(knownId, ownerLabel, revision);
        _secrets.Label(knownId, xid, ownerLabel);
        _infos["id:" + xid] = info;
        if (ownerLabel is not null) _infos["label:" + ownerLabel] = info;
        return info;
    }

    /// <inheritdoc />
    public void SecretSet(string id, IReadOnlyDictionary<string, string> content)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(content);
        const string tool = "secret-set";
        RequireSecrets(tool);
        using (var files = SecretContentFiles.Write(tool, content))
        {
            Call(tool, [SecretUri.Canonical(id, _modelUuid), .. files.Args], null, new CallSubject(Secret: id));
        }

        var xid = SecretUri.Xid(id);
        _secrets.Written(id, xid, Copy(content));
        _secrets.ForgetLabelOnly();
        ForgetInfo(xid);
    }

    /// <inheritdoc />
    public void SecretGrant(string id, int relationId)
    {
        ArgumentNullException.ThrowIfNull(id);
        const string tool = "secret-grant";
        RequireSecrets(tool);
        Call(tool, ["--relation", Text(relationId), SecretUri.Canonical(id, _modelUuid)], null, new CallSubject(relationId, Secret: id));
    }

    /// <inheritdoc />
    public void SecretRevoke(string id, int relationId)
    {
        ArgumentNullException.ThrowIfNull(id);
        const string tool = "secret-revoke";
        RequireSecrets(tool);
        Call(tool, ["--relation", Text(relationId), SecretUri.Canonical(id, _modelUuid)], null, new CallSubject(relationId, Secret: id));
    }

    /// <inheritdoc />
    public void SecretRemove(string id, int? revision)
    {
        ArgumentNullException.ThrowIfNull(id);
        const string tool = "secret-remove";
        RequireSecrets(tool);
        string[] args = revision is { } n ? [SecretUri.Canonical(id, _modelUuid), "--revision", Text(n)] : [SecretUri.Canonical(id, _modelUuid)];
        Call(tool, args, null, new CallSubject(Secret: id));
        var xid = SecretUri.Xid(id);
        _secrets.Forget(xid);
        _secrets.ForgetLabelOnly();
        ForgetInfo(xid);
    }

    private void RequireSecrets(string tool) => Require(tool, "secrets", JujuVersion.Secrets);

    private void ForgetInfo(string xid)
    {
        if (_infos.Remove("id:" + xid, out var info) && info.Label is not null) _infos.Remove("label:" + info.Label);
    }

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> content) => new(content, StringComparer.Ordinal);
}
