using System.Collections.Immutable;
using DataPlatform.Contracts.Charms;

namespace DataPlatform.Contracts.Testing.State;

/// <summary>A deployed application: its charm, its units and its leader.</summary>
/// <param name="Name">The application name.</param>
/// <param name="Metadata">The charm's metadata.</param>
/// <param name="Charm">Builds the charm on the host of one hook run.</param>
/// <param name="Units">Its units, <c>&lt;app&gt;/&lt;n&gt;</c>.</param>
/// <param name="Leader">The leader unit, or null.</param>
internal sealed record AppRecord(
    string Name,
    CharmMetadata Metadata,
    Func<CharmHost, object> Charm,
    ImmutableArray<string> Units,
    string? Leader);
