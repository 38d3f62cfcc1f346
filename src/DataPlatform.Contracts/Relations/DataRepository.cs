using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// One databag of one relation and the secrets that go with it (the reference's
/// <c>OpsRepository</c> family, docs/protocol/repositories.md): this application's or unit's bag in a relation
/// or a peer relation, or another peer unit's bag, read-only.
/// </summary>
public sealed partial class DataRepository
{
    private readonly IJujuBackend _juju;
    private readonly string _member;
    private readonly bool _isApp;
    private readonly bool _isPeer;
    private readonly bool _readOnly;

    internal DataRepository(IJujuBackend juju, RelationHandle relation, string member, bool isApp, bool isPeer, bool readOnly, ISecretRepository secrets)
    {
        _juju = juju;
        Relation = relation;
        _member = member;
        _isApp = isApp;
        _isPeer = isPeer;
        _readOnly = readOnly;
        Secrets = secrets;
    }

    /// <summary>The relation.</summary>
    public RelationHandle Relation { get; }

    /// <summary>The secrets of this bag's models.</summary>
    public ISecretRepository Secrets { get; }

    /// <summary>The bag: empty when this unit may not read it (a non-leader's own app bag outside peers).</summary>
    public Databag Data()
    {
        if (!MayRead("Data")) return new Databag();
        return new Databag(_juju.RelationGet(Relation.Id, _member));
    }

    /// <summary>A key's raw value, or null.</summary>
    public string? GetField(string key) => Data().Get(key);

    /// <summary>The keys that are present among <paramref name="keys"/>, with their values.</summary>
    public IReadOnlyDictionary<string, string> GetFields(params string[] keys)
    {
        var data = Data();
        return keys.Where(data.ContainsKey).ToDictionary(k => k, k => data[k], StringComparer.Ordinal);
    }

    /// <summary>Writes one key; <c>""</c> is ignored, as upstream's <c>write_field</c>.</summary>
    public void WriteField(string key, string value) => WriteFields(new Dictionary<string, string> { [key] = value });

    /// <summary>Writes every key given (divergence D3: upstream's <c>write_fields</c> writes nothing); <c>""</c> values are ignored.</summary>
    public void WriteFields(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!MayWrite("WriteFields")) return;
        var changes = fields.Where(f => f.Value.Length > 0).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        if (changes.Count > 0) _juju.RelationSet(Relation.Id, changes, _isApp);
    }

    /// <summary>Deletes one key; a missing key is fine.</summary>
    public void DeleteField(string key) => DeleteFields(key);

    /// <summary>Deletes every key given (divergence D3: upstream's <c>delete_fields</c> deletes nothing).</summary>
    public void DeleteFields(params string[] keys)
    {
        if (!MayWrite("DeleteFields")) return;
        var present = Data();
        var changes = keys.Where(present.ContainsKey).ToDictionary(k => k, _ => "", StringComparer.Ordinal);
        if (changes.Count > 0) _juju.RelationSet(Relation.Id, changes, _isApp);
    }

    /// <summary>Reads the bag as a model, secret members filled from their secrets.</summary>
    /// <exception cref="RelationDataException">The bag does not make a valid model; names the relation and key.</exception>
    public T Read<T>() where T : class, IRelationModel, new()
    {
        try
        {
            return RelationModels.FromDatabag<T>(Data(), new ModelReadContext(Secrets));
        }
        catch (RelationModelValidationException error)
        {
            throw new RelationDataException(Relation.Name, Relation.Id, null, error.Issues[0].Path, $"the databag of {_member} is not a valid {typeof(T).Name}: {error.Message}", error);
        }
    }

    /// <summary>Writes a model into the bag (secret members into their secrets), as upstream's <c>write_model</c>.</summary>
    public void Write(IRelationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!MayWrite("Write")) return;
        var data = Data();
        model.WriteDatabag(data, ModelWriteContext.WithSecrets(Secrets));
        if (_isApp) Relation.WriteLocalApp(data);
        else Relation.WriteLocalUnit(data);
    }

    private bool MayRead(string operation)
    {
        if (!_isApp || _isPeer || _member != _juju.AppName || _juju.IsLeader()) return true;
        _juju.Log(JujuLogLevel.Warning, $"relation {Relation}: this operation ({operation}) can only be performed by the leader unit");
        return false;
    }

    private bool MayWrite(string operation)
    {
        if (_readOnly) throw new NotSupportedException($"relation {Relation}: it's not possible to update data of another unit ({_member}).");
        if (!_isApp || _juju.IsLeader()) return true;
        _juju.Log(JujuLogLevel.Warning, $"relation {Relation}: this operation ({operation}) can only be performed by the leader unit");
        return false;
    }
}
