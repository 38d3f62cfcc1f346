using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts;

/// <summary>How a model is written: full or compact, with or without its secrets.</summary>
public sealed class ModelWriteContext
{
    private ModelWriteContext(bool compact, ISecretRepository? secrets, bool omitShortUuid)
    {
        IsCompact = compact;
        Secrets = secrets;
        OmitShortUuid = omitShortUuid;
    }

    /// <summary>Every member, nulls included (a request or response object); secrets untouched.</summary>
    public static ModelWriteContext Full { get; } = new(false, null, false);

    /// <summary>
    /// Members that are neither null nor equal to their declared default, then unknown keys
    /// (pydantic's <c>exclude_none</c> and <c>exclude_defaults</c>): what diffs compare and <c>data</c> stores.
    /// </summary>
    public static ModelWriteContext Compact { get; } = new(true, null, false);

    /// <summary>A full write that first stores secret members in <paramref name="secrets"/>.</summary>
    /// <param name="secrets">Where the secrets live.</param>
    /// <param name="omitShortUuid">
    /// True for a response to a V0 client: secret labels carry no request id
    /// (<c>&lt;endpoint&gt;.&lt;id&gt;.&lt;group&gt;.secret</c>).
    /// </param>
    public static ModelWriteContext WithSecrets(ISecretRepository secrets, bool omitShortUuid = false) =>
        new(false, secrets ?? throw new ArgumentNullException(nameof(secrets)), omitShortUuid);

    /// <summary>Whether nulls and default values are left out.</summary>
    public bool IsCompact { get; }

    /// <summary>Where secret members are stored; null leaves secrets alone.</summary>
    public ISecretRepository? Secrets { get; }

    /// <summary>Whether secret labels leave out the request id.</summary>
    public bool OmitShortUuid { get; }

    /// <summary>The short uuid that labels <paramref name="model"/>'s secrets under this context.</summary>
    public string? ShortUuidOf(IRelationModel model) =>
        OmitShortUuid ? null : (model as IRequestIdentity)?.ShortUuid;
}
