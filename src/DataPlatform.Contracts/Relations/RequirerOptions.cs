namespace DataPlatform.Contracts.Relations;

/// <summary>Options of a <see cref="ResourceRequirerEventHandler{TResponse}"/>.</summary>
public sealed record RequirerOptions
{
    /// <summary>
    /// Names for the relations of the endpoint, one per relation its <c>limit</c> allows; each
    /// relation takes the first unused one, and its events are also raised under that alias.
    /// </summary>
    public IReadOnlyList<string>? RelationAliases { get; init; }
}
