namespace DataPlatform.Contracts.Charms;

/// <summary>One relation endpoint a charm declares.</summary>
/// <param name="Name">The endpoint name, e.g. <c>database</c>.</param>
/// <param name="Interface">The interface, e.g. <c>postgresql_client</c>.</param>
/// <param name="Limit">How many relations it accepts, when limited.</param>
public sealed record EndpointMetadata(string Name, string Interface, int? Limit = null);

/// <summary>The parts of a charm's metadata the library reads: its name and its endpoints.</summary>
public sealed record CharmMetadata(string Name)
{
    /// <summary>Endpoints under <c>requires</c>.</summary>
    public IReadOnlyList<EndpointMetadata> Requires { get; init; } = Array.Empty<EndpointMetadata>();

    /// <summary>Endpoints under <c>provides</c>.</summary>
    public IReadOnlyList<EndpointMetadata> Provides { get; init; } = Array.Empty<EndpointMetadata>();

    /// <summary>Endpoints under <c>peers</c>.</summary>
    public IReadOnlyList<EndpointMetadata> Peers { get; init; } = Array.Empty<EndpointMetadata>();

    /// <summary>The endpoint named <paramref name="name"/> in any section, or null.</summary>
    public EndpointMetadata? Endpoint(string name) =>
        Requires.FirstOrDefault(e => e.Name == name) ?? Provides.FirstOrDefault(e => e.Name == name) ?? Peers.FirstOrDefault(e => e.Name == name);

    /// <summary>Whether <paramref name="name"/> is a peer endpoint.</summary>
    public bool IsPeer(string name) => Peers.Any(e => e.Name == name);
}
