namespace DataPlatform.Contracts.Secrets;

/// <summary>A Juju secret as a repository sees it: its id, its label here, and its current content.</summary>
/// <param name="Id">The secret URI (<c>secret:...</c>).</param>
/// <param name="Label">The label this side knows it by.</param>
/// <param name="Content">Content keys (member wire names) to values.</param>
public sealed record StoredSecret(string Id, string Label, IReadOnlyDictionary<string, string> Content)
{
    /// <summary>The id, label and content keys; values are shown as <c>***</c>.</summary>
    public override string ToString() => $"StoredSecret {{ Id = {Id}, Label = {Label}, Content = {SecretText.Keys(Content)} }}";
}
