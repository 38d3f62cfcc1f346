namespace DataPlatform.Contracts.Packer;

/// <summary>What to pack: the arguments of one run of the packer.</summary>
/// <param name="Project">The charm's <c>charmcraft.yaml</c>.</param>
/// <param name="Dispatch">The published Native AOT binary, packed as <c>dispatch</c>.</param>
/// <param name="Architecture">The Debian architecture the binary runs on, e.g. <c>amd64</c>.</param>
/// <param name="OutputDirectory">Where the <c>.charm</c> is written.</param>
internal sealed record PackRequest(string Project, string Dispatch, string Architecture, string OutputDirectory)
{
    /// <summary>The platform label to pack for, when several build for <see cref="Architecture"/>.</summary>
    public string? Platform { get; init; }

    /// <summary>Further files: source path and path inside the charm.</summary>
    public IReadOnlyList<(string Source, string PathInCharm)> Files { get; init; } = [];

    /// <summary>When packing started; it goes in <c>manifest.yaml</c> and on every zip entry.</summary>
    public DateTimeOffset StartedAt { get; init; } = DateTimeOffset.UtcNow;
}
