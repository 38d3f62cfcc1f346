using DataPlatform.Contracts.Generated;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// The provider's <c>status</c> key: a JSON list of statuses sorted by code, keys in the order
/// code, message, resolution (docs/protocol/statuses.md#wire-format).
/// </summary>
internal static class StatusList
{
    /// <summary>The statuses in a provider app databag, by code; empty when absent or unreadable.</summary>
    public static SortedDictionary<int, RelationStatus> Read(Databag databag) => Read(databag.Get(WireKeys.Status));

    /// <summary>The statuses in the text of a <c>status</c> key (null when absent), by code; empty when unreadable.</summary>
    public static SortedDictionary<int, RelationStatus> Read(string? text)
    {
        var statuses = new SortedDictionary<int, RelationStatus>();
        if (text is null || !PythonJson.TryParse(text, out var value) || value.Kind != WireValueKind.Array) return statuses;
        foreach (var item in value.AsArray())
        {
            if (item.Kind != WireValueKind.Object) continue;
            try
            {
                var status = RelationModels.FromWire<RelationStatus>(item);
                statuses[status.Code] = status;
            }
            catch (RelationModelValidationException)
            {
                // A malformed entry is not a status; the others still count.
            }
        }
        return statuses;
    }

    /// <summary>Writes the list (an empty list stays, as <c>[]</c>).</summary>
    public static void Write(Databag databag, IEnumerable<RelationStatus> statuses) => databag[WireKeys.Status] = Text(statuses);

    /// <summary>The text of the list, sorted by code.</summary>
    public static string Text(IEnumerable<RelationStatus> statuses)
    {
        var writer = new PythonJsonWriter();
        writer.WriteStartArray();
        foreach (var status in statuses.OrderBy(s => s.Code)) ((IRelationModel)status).WriteJson(writer, ModelWriteContext.Full);
        writer.WriteEndArray();
        return writer.ToString();
    }

    /// <summary>The map a side stores in <c>data</c>: code (as text) to status.</summary>
    public static WireObject AsMap(IEnumerable<RelationStatus> statuses)
    {
        var map = new WireObject();
        foreach (var status in statuses) map.Set(status.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), WireConvert.ToWire(status));
        return map;
    }
}
