using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing;

/// <summary>One <c>juju-log</c> line.</summary>
/// <param name="Unit">The unit that logged it.</param>
/// <param name="Level">Its severity.</param>
/// <param name="Message">The text.</param>
public sealed record LogLine(string Unit, JujuLogLevel Level, string Message);
