using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Models;

/// <summary>
/// What every request and response carries: the resource, the request id and the salt
/// (the reference's <c>CommonModel</c>, docs/protocol/models.md#commonmodel).
/// </summary>
[RelationModel]
public partial class CommonModel : IRequestIdentity
{
    /// <summary>
    /// The requested resource (database, topic, index, ...). Read from <c>database</c>,
    /// <c>subject</c>, <c>topic</c>, <c>index</c>, <c>plugin-url</c> or <c>prefix</c> too, in that
    /// order, as V0 clients name it; always written as <c>resource</c>.
    /// </summary>
    [InputAliases("database", "subject", "topic", "index", "plugin-url", "prefix")]
    [WireDefault("")]
    public partial string Resource { get; set; }

    /// <summary>The request id: <c>gen_hash(resource, salt)</c>, set by the requirer.</summary>
    [KeepOnUpdate]
    public partial string? RequestId { get; set; }

    /// <summary>The salt of the request id; a fresh random one for every new model.</summary>
    [KeepOnUpdate]
    [WireDefaultFactory(nameof(NewSalt))]
    public partial string Salt { get; set; }

    /// <summary>The request id when it is set and not empty, else <c>gen_hash(resource, salt)</c>.</summary>
    public string ShortUuid => RequestIds.ShortUuid(RequestId, Resource, Salt);

    private static string NewSalt() => RequestIds.GenerateSalt();
}
