namespace DataPlatform.Contracts;

/// <summary>A model that identifies one request: its secrets are labelled with its short uuid.</summary>
public interface IRequestIdentity
{
    /// <summary>The request id when set, else <c>gen_hash(resource, salt)</c>.</summary>
    string ShortUuid { get; }
}
