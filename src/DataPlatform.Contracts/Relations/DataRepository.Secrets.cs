using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

// One secret field at a time, as the reference's OpsRepository offers it (docs/protocol/repositories.md#secret-fields):
// get, write and delete a field of a group's secret, delete a group's secret, and register a
// secret another side created. Relation bags keep the secret's id under `secret-<group>`; peer
// bags find their secrets by label, and may note an id under `<field>@<group>`.
public sealed partial class DataRepository
{
    /// <summary>
    /// The key of this bag that may hold the id of <paramref name="group"/>'s secret:
    /// <c>secret-&lt;group&gt;</c> in a relation, <c>&lt;field&gt;@&lt;group&gt;</c> in a peer relation.
    /// </summary>
    public string SecretFieldKey(string group, string field) =>
        Secrets.UsesPointers ? WireKeys.SecretPointer(group) : $"{field}@{group}";

    /// <summary>
    /// The value of <paramref name="field"/> in <paramref name="group"/>'s secret, or null when there is
    /// no such secret or field. In a relation bag the secret is found through its <c>secret-&lt;group&gt;</c>
    /// pointer, so without a pointer there is none (upstream's <c>uri_to_databag</c>).
    /// </summary>
    /// <param name="field">The field's wire name, e.g. <c>password</c> or <c>tls-ca</c>.</param>
    /// <param name="group">The secret group, e.g. <c>user</c>.</param>
    /// <param name="shortUuid">The request's short uuid in the label, or null for labels without one.</param>
    public string? GetSecretField(string field, string group, string? shortUuid = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentException.ThrowIfNullOrEmpty(group);
        var uri = Data().Get(SecretFieldKey(group, field));
        if (Secrets.UsesPointers && uri is null) return null;
        var secret = Secrets.Get(group, uri, shortUuid);
        return secret is not null && secret.Content.TryGetValue(field, out var value) ? value : null;
    }

    /// <summary>
    /// Sets <paramref name="field"/> in <paramref name="group"/>'s secret (labelled without a short
    /// uuid): merged into the existing secret as a new revision, or a new secret, granted to the
    /// remote application of a relation, whose id a relation bag then keeps under <c>secret-&lt;group&gt;</c>.
    /// </summary>
    public void WriteSecretField(string field, string value, string group)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(group);
        if (!MayWrite("WriteSecretField")) return;
        var data = Data();
        var pointerKey = SecretFieldKey(group, field);
        var secret = Secrets.Get(group, data.Get(pointerKey), shortUuid: null);
        if (secret is null)
        {
            secret = Secrets.Add(group, null, new Dictionary<string, string>(StringComparer.Ordinal) { [field] = value });
        }
        else
        {
            Secrets.SetContent(secret, new Dictionary<string, string>(secret.Content, StringComparer.Ordinal) { [field] = value });
        }
        if (Secrets.UsesPointers && data.Get(pointerKey) != secret.Id) WriteFields(new Dictionary<string, string> { [pointerKey] = secret.Id });
    }

    /// <summary>
    /// Removes <paramref name="field"/> from <paramref name="group"/>'s secret. When that empties it the
    /// secret is removed, and so is its pointer (divergence D11: upstream deletes the plain field
    /// name instead, leaving a dangling <c>secret-&lt;group&gt;</c>). Nothing happens when there is no such field.
    /// </summary>
    public void DeleteSecretField(string field, string group)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentException.ThrowIfNullOrEmpty(group);
        if (!MayWrite("DeleteSecretField")) return;
        var pointerKey = SecretFieldKey(group, field);
        var secret = Secrets.Get(group, Data().Get(pointerKey), shortUuid: null);
        if (secret is null || !secret.Content.ContainsKey(field)) return;
        var content = new Dictionary<string, string>(secret.Content, StringComparer.Ordinal);
        content.Remove(field);
        if (content.Count > 0)
        {
            Secrets.SetContent(secret, content);
            return;
        }
        Secrets.Remove(secret);
        DeleteFields(pointerKey);
    }

    /// <summary>Removes <paramref name="group"/>'s secret with every revision, and its pointer; nothing when there is none.</summary>
    public void DeleteSecret(string group, string? shortUuid = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(group);
        if (!MayWrite("DeleteSecret")) return;
        var pointerKey = WireKeys.SecretPointer(group);
        var secret = Secrets.Get(group, Secrets.UsesPointers ? Data().Get(pointerKey) : null, shortUuid);
        if (secret is null) return;
        Secrets.Remove(secret);
        if (Secrets.UsesPointers) DeleteFields(pointerKey);
    }

    /// <summary>
    /// Reads the secret <paramref name="uri"/> once under this side's label for <paramref name="group"/>,
    /// so that the label sticks and later <c>secret-changed</c> hooks name it (docs/protocol/secrets.md#labels).
    /// </summary>
    /// <exception cref="RelationDataException">No such secret, or this unit may not read it; names the relation.</exception>
    public void RegisterSecret(string uri, string group, string? shortUuid = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(uri);
        ArgumentException.ThrowIfNullOrEmpty(group);
        try
        {
            if (Secrets.Get(group, uri, shortUuid) is null)
            {
                throw new RelationDataException(Relation.Name, Relation.Id, shortUuid, null, $"cannot register secret {uri}: not found");
            }
        }
        catch (SecretAccessException error)
        {
            throw new RelationDataException(Relation.Name, Relation.Id, shortUuid, null, $"cannot register secret {uri}: {error.Message}", error);
        }
    }
}
