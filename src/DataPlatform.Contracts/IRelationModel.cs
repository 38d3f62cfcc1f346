using System.Text.Json;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts;

/// <summary>
/// What the source generator implements for every <see cref="RelationModelAttribute"/> type:
/// reading and writing the model as a JSON object (an item of a V1 <c>requests</c> list) or as a
/// flat databag (V0, peers), its secrets, validation, explicitly-set tracking and wire-name access.
/// </summary>
public interface IRelationModel
{
    /// <summary>The wire names of the declared members (secret members included), in order.</summary>
    IReadOnlyList<string> WireKeys { get; }

    /// <summary>Keys read that the model does not declare, kept to be written back after its members.</summary>
    WireObject UnknownKeys { get; }

    /// <summary>The value of a member or unknown key by wire name; setting goes through the member.</summary>
    /// <exception cref="KeyNotFoundException">Reading a key that is neither a member nor a stored unknown key.</exception>
    /// <exception cref="RelationModelValidationException">Setting a value of the wrong type; names the key.</exception>
    WireValue this[string wireKey] { get; set; }

    /// <summary>Looks a member or unknown key up by wire name.</summary>
    bool TryGetValue(string wireKey, out WireValue value);

    /// <summary>Whether the member was set since construction (by code or by a read), even to null.</summary>
    bool IsExplicitlySet(string wireKey);

    /// <summary>The wire names of the members explicitly set, then the unknown keys.</summary>
    IEnumerable<string> ExplicitlySetKeys { get; }

    /// <summary>Writes the model as one JSON object (secrets first, when the context has a repository).</summary>
    void WriteJson(PythonJsonWriter writer, ModelWriteContext context);

    /// <summary>Writes the model's top-level keys into a flat databag, as the reference's <c>write_model</c>.</summary>
    void WriteDatabag(Databag databag, ModelWriteContext context);

    /// <summary>
    /// Reads the JSON object the reader is on (its <c>StartObject</c> already read) and leaves the
    /// reader on its <c>EndObject</c>; then reads the secrets and validates.
    /// </summary>
    /// <exception cref="RelationModelValidationException">The object does not make a valid model.</exception>
    void ReadJson(ref Utf8JsonReader reader, ModelReadContext context);

    /// <summary>Reads a flat databag (the <c>data</c> key is skipped, as upstream's <c>get_data</c>).</summary>
    /// <exception cref="RelationModelValidationException">The databag does not make a valid model.</exception>
    void ReadDatabag(IReadOnlyDictionary<string, string> databag, ModelReadContext context);

    /// <summary>Checks the model's rules (required members, literals, secret pointers, custom rules).</summary>
    /// <exception cref="RelationModelValidationException">Every rule broken, each naming its member and key.</exception>
    void Validate();

    /// <summary>
    /// Copies every member explicitly set on <paramref name="other"/> (and its unknown keys), except
    /// the members marked <see cref="KeepOnUpdateAttribute"/>, as the reference's <c>update</c>.
    /// </summary>
    void Update(IRelationModel other);

    /// <summary>Stores the model's secret members in their groups' secrets and updates the pointers.</summary>
    void WriteSecrets(ISecretRepository secrets, string? shortUuid);

    /// <summary>Fills the model's secret members from the secrets its pointers name.</summary>
    void ReadSecrets(ISecretRepository secrets, string? shortUuid, ModelReadContext context);
}
