using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.State;

namespace DataPlatform.Contracts.Testing;

/// <summary>The secret hook tools of <see cref="UnitBackend"/> (docs/hook-tools.md#tools, docs/hook-tools.md#secrets-model).</summary>
internal sealed partial class UnitBackend
{
    private SecretLabelIndex? _labels;

    // The secrets as this hook has changed them, made on the first change; Working folds them back.
    private ImmutableSortedDictionary<string, SecretRecord>.Builder? _secretWrites;

    private IReadOnlyDictionary<string, SecretRecord> Secrets => (IReadOnlyDictionary<string, SecretRecord>?)_secretWrites ?? _state.Secrets;

    private ImmutableSortedDictionary<string, SecretRecord>.Builder SecretWrites => _secretWrites ??= _state.Secrets.ToBuilder();

    private SecretLabelIndex Labels => _labels ??= new SecretLabelIndex(UnitName, AppName);

    public string SecretAdd(IReadOnlyDictionary<string, string> content, string? label, SecretOwner owner)
    {
        SecretContentRules.Check("secret-add", content);
        if (owner == SecretOwner.Application && !IsLeader()) throw new NotLeaderException("secret-add", "application-owned secret");
        var id = SecretIds.Format(_state.NextSecretNumber);
        var secret = SecretRecord.Create(id, AppName, owner == SecretOwner.Unit ? UnitName : null, label, Bag.Of(content));
        Store(secret);
        _state = _state with { NextSecretNumber = _state.NextSecretNumber + 1 };
        Labels.Added(secret);
        return id;
    }

    public IReadOnlyDictionary<string, string> SecretGet(string? id, string? label, SecretRead mode) =>
        TrySecretGet(id, label, mode, out var content) ? content : throw new SecretNotFoundException("secret-get", id ?? label!);

    // A miss is an answer, not an exception: the library looks up a label before each secret it may create (ISecretLookup).
    public bool TrySecretGet(string? id, string? label, SecretRead mode, [NotNullWhen(true)] out IReadOnlyDictionary<string, string>? content)
    {
        const string tool = "secret-get";
        content = null;
        if (id is null && label is null) throw new JujuException(tool, "require either a secret URI or label");
        if ((id is not null ? ById(id) : ByLabel(label!)) is not { } secret) return false;
        if (secret.IsOwnedBy(UnitName, AppName))
        {
            if (id is not null && label is not null)
            {
                throw new JujuException(tool, "either URI or label should be used for getting an owned secret but not both");
            }

            if (mode == SecretRead.Refresh) throw new JujuException(tool, "secret owner cannot use --refresh");
        }
        else
        {
            if (!secret.IsGrantedTo(AppName)) throw new SecretAccessDeniedException(tool, id ?? label!);
            if (id is not null && label is not null) secret = AttachConsumerLabel(tool, secret, label);
        }

        var tracked = secret.Tracked.TryGetValue(UnitName, out var revision) && secret.Revisions.ContainsKey(revision) ? revision : (int?)null;
        var read = mode == SecretRead.Tracked && tracked is { } t ? t : secret.LatestRevision;
        if (mode == SecretRead.Refresh || (mode == SecretRead.Tracked && tracked is null))
        {
            secret = secret with { Tracked = secret.Tracked.SetItem(UnitName, read) };
            Store(secret);
        }

        content = secret.Revisions[read];
        return true;
    }

    public SecretInfo SecretInfoGet(string? id, string? label) =>
        TrySecretInfoGet(id, label, out var info) ? info : throw new SecretNotFoundException("secret-info-get", id ?? label!);

    public bool TrySecretInfoGet(string? id, string? label, [NotNullWhen(true)] out SecretInfo? info)
    {
        const string tool = "secret-info-get";
        info = null;
        if (id is null == label is null) throw new JujuException(tool, "specify either a secret URI or label but not both");
        var secret = id is not null
            ? Secrets.GetValueOrDefault(SecretIds.Canonical(id))
            : Labels.Owned(Secrets, label!) is { } owned ? Secrets[owned] : null;
        if (secret is null || !secret.IsOwnedBy(UnitName, AppName)) return false;
        RequireLeaderForAppSecret(tool, secret);
        info = new SecretInfo(secret.Id, secret.OwnerLabel, secret.LatestRevision);
        return true;
    }

    public void SecretSet(string id, IReadOnlyDictionary<string, string> content)
    {
        const string tool = "secret-set";
        SecretContentRules.Check(tool, content);
        if (OwnedForCommit(tool, id) is not { } secret) return;
        var next = Bag.Of(content);
        if (Bag.SameAs(next, secret.LatestContent)) return;
        Store(secret.WithRevision(next));
    }

    public void SecretGrant(string id, int relationId)
    {
        var secret = OwnedNow("secret-grant", id);
        var relation = Relation("secret-grant", relationId);
        Store(secret with { Grants = secret.Grants.SetItem(relationId, relation.OtherApp(AppName)) });
    }

    public void SecretRevoke(string id, int relationId)
    {
        var secret = OwnedNow("secret-revoke", id);
        Relation("secret-revoke", relationId);
        Store(secret with { Grants = secret.Grants.Remove(relationId) });
    }

    public void SecretRemove(string id, int? revision)
    {
        const string tool = "secret-remove";
        if (OwnedForCommit(tool, id) is not { } secret) return;
        if (revision is not { } number)
        {
            Remove(secret);
        }
        else if (!secret.Revisions.ContainsKey(number))
        {
            _commitFailures.Add(new JujuException(tool, $"cannot apply changes: removing secrets: revision {number} of secret \"{secret.Id}\" not found"));
        }
        else if (secret.Revisions.Count == 1)
        {
            Remove(secret);
        }
        else
        {
            Store(secret with { Revisions = secret.Revisions.Remove(number) });
        }
    }

    /// <summary>The secret with <paramref name="id"/> (any form of its URI) as this hook sees it, or null.</summary>
    public SecretRecord? ById(string id) => Secrets.GetValueOrDefault(SecretIds.Canonical(id));

    private SecretRecord? ByLabel(string label) =>
        (Labels.Owned(Secrets, label) ?? Labels.Consumed(Secrets, label)) is { } id ? Secrets[id] : null;

    private void Store(SecretRecord secret) => SecretWrites[secret.Id] = secret;

    private SecretRecord AttachConsumerLabel(string tool, SecretRecord secret, string label)
    {
        if (Labels.ConsumedByOther(Secrets, label, secret.Id)) throw new JujuException(tool, $"secret label \"{label}\" for consumer \"{UnitName}\" already exists");
        if (secret.ConsumerLabels.GetValueOrDefault(UnitName) == label) return secret;
        Labels.Labelled(secret, label);
        var labelled = secret with { ConsumerLabels = secret.ConsumerLabels.SetItem(UnitName, label) };
        Store(labelled);
        return labelled;
    }

    private void Remove(SecretRecord secret)
    {
        SecretWrites.Remove(secret.Id);
        Labels.Removed(secret);
    }

    /// <summary>A secret this unit manages: unknown or foreign is "not found" at once (secret-grant/revoke).</summary>
    private SecretRecord OwnedNow(string tool, string id)
    {
        var secret = ById(id);
        if (secret is null || !secret.IsOwnedBy(UnitName, AppName)) throw new SecretNotFoundException(tool, id);
        RequireLeaderForAppSecret(tool, secret);
        return secret;
    }

    /// <summary>A secret this unit manages; unknown or foreign succeeds now and fails the hook at commit (secret-set/remove).</summary>
    private SecretRecord? OwnedForCommit(string tool, string id)
    {
        var secret = ById(id);
        if (secret is null || !secret.IsOwnedBy(UnitName, AppName))
        {
            _commitFailures.Add(new JujuException(tool, $"cannot apply changes: secret \"{id}\" not found"));
            return null;
        }

        RequireLeaderForAppSecret(tool, secret);
        return secret;
    }

    private void RequireLeaderForAppSecret(string tool, SecretRecord secret)
    {
        if (secret.OwnerUnit is null && !IsLeader()) throw new NotLeaderException(tool, $"application-owned secret {secret.Id}");
    }
}
