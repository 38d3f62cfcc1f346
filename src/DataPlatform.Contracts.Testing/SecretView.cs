namespace DataPlatform.Contracts.Testing;

/// <summary>A committed secret, for assertions. Holds content: never log it from production code.</summary>
/// <param name="Id">The id, <c>secret:0001</c>, ...</param>
/// <param name="OwnerApp">The owning application (the unit's application for a unit-owned secret).</param>
/// <param name="OwnerUnit">The owning unit, or null for an application-owned secret.</param>
/// <param name="OwnerLabel">The owner's label, or null.</param>
/// <param name="Revisions">The content of every remaining revision, by revision number.</param>
/// <param name="ConsumerLabels">Each unit's own (consumer) label.</param>
/// <param name="TrackedRevisions">The revision each unit tracks (units that never read it are absent).</param>
/// <param name="Grants">Relation id → the application granted on it.</param>
public sealed record SecretView(
    string Id,
    string OwnerApp,
    string? OwnerUnit,
    string? OwnerLabel,
    IReadOnlyDictionary<int, IReadOnlyDictionary<string, string>> Revisions,
    IReadOnlyDictionary<string, string> ConsumerLabels,
    IReadOnlyDictionary<string, int> TrackedRevisions,
    IReadOnlyDictionary<int, string> Grants)
{
    /// <summary>The newest revision number.</summary>
    public int LatestRevision => Revisions.Keys.Max();

    /// <summary>The content of the newest revision.</summary>
    public IReadOnlyDictionary<string, string> LatestContent => Revisions[LatestRevision];

    /// <inheritdoc />
    public override string ToString() => $"{Id} owner={OwnerUnit ?? OwnerApp} label={OwnerLabel ?? "-"} revision={LatestRevision}";
}
