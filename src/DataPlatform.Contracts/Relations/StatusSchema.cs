using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// The statuses a provider may raise by code, from a JSON file in the reference's format:
/// <c>{"statuses": [{"code": 4001, "message": "...", "resolution": "..."}]}</c> (docs/protocol/statuses.md#schema-file).
/// </summary>
public sealed class StatusSchema
{
    private readonly Dictionary<int, RelationStatus> _statuses;

    private StatusSchema(Dictionary<int, RelationStatus> statuses) => _statuses = statuses;

    /// <summary>The statuses by code.</summary>
    public IReadOnlyDictionary<int, RelationStatus> Statuses => _statuses;

    /// <summary>Reads the schema file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">No file there.</exception>
    /// <exception cref="FormatException">Not a schema; names what is wrong.</exception>
    public static StatusSchema Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Can't locate status schema file: {path}", path);
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Reads a schema from its JSON text.</summary>
    /// <exception cref="FormatException">Not a schema; names what is wrong.</exception>
    public static StatusSchema Parse(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new FormatException("The status schema is not a JSON object.");
            var statuses = new Dictionary<int, RelationStatus>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isStatuses = reader.ValueTextEquals("statuses");
                reader.Read();
                if (!isStatuses)
                {
                    reader.Skip();
                    continue;
                }
                if (reader.TokenType != JsonTokenType.StartArray) throw new FormatException("The status schema's 'statuses' is not a list.");
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.StartObject) throw new FormatException($"The status schema's statuses[{index}] is not an object.");
                    var status = new RelationStatus();
                    try
                    {
                        ((IRelationModel)status).ReadJson(ref reader, new ModelReadContext());
                    }
                    catch (RelationModelValidationException error)
                    {
                        throw new FormatException($"The status schema's statuses[{index}] is invalid: {error.Message}", error);
                    }
                    statuses[status.Code] = status;
                    index++;
                }
            }
            return new StatusSchema(statuses);
        }
        catch (JsonException error)
        {
            throw new FormatException("The status schema is not valid JSON.", error);
        }
    }
}
