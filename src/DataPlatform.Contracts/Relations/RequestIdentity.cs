using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

/// <summary>
/// What a request asks for, apart from how it is named on the wire: the resource, the entity type,
/// the role and permission fields and the Kafka consumer group prefix, but not the salt or the
/// request id. A requirer charm builds its requests anew in every hook, with new salts; the
/// requirer handler recognises a published request by this identity and keeps its salt and id
/// (issue 8: requests are stable across hooks).
/// </summary>
public static class RequestIdentity
{
    // Wire keys that say what is asked for, in a fixed order. Null and "" count as absent, so a
    // full dump (with "extra-group-roles": null) and a compact one agree.
    private static readonly string[] Keys =
    {
        "resource", "entity-type", "extra-user-roles", "extra-group-roles", "entity-permissions", "consumer-group-prefix",
    };

    /// <summary>The identity of <paramref name="request"/>, as a string to compare.</summary>
    public static string Of(RequirerCommonModel request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var writer = PythonJsonWriter.Rent();
        ((IRelationModel)request).WriteJson(writer, ModelWriteContext.Compact);
        return Of(PythonJson.ParseWritten(PythonJsonWriter.ToStringAndReturn(writer)).AsObject());
    }

    /// <summary>The identity of a request as it stands in a databag (one object of <c>requests</c>, or a provider's <c>data</c> entry).</summary>
    public static string Of(WireObject request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var identity = new WireObject(Keys.Length);
        foreach (var key in Keys)
        {
            if (!request.TryGetValue(key, out var value) || value.IsNull) continue;
            if (value.Kind == WireValueKind.String && value.AsString().Length == 0) continue;
            identity.Set(key, value);
        }
        return PythonJson.Serialize(WireValue.FromObject(identity));
    }
}
