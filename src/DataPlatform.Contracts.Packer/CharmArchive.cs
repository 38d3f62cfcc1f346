using System.IO.Compression;

namespace DataPlatform.Contracts.Packer;

/// <summary>
/// Writes the <c>.charm</c> zip. Juju unpacks it keeping the unix modes stored in each entry, so
/// every entry records one: 0755 for <c>dispatch</c> (and executable extra files), 0644 for the rest.
/// </summary>
internal static class CharmArchive
{
    /// <summary>One file of the charm.</summary>
    /// <param name="Path">Its path inside the charm, with '/'.</param>
    /// <param name="Content">Its bytes.</param>
    /// <param name="Executable">Whether it gets mode 0755.</param>
    public sealed record Entry(string Path, byte[] Content, bool Executable);

    private const int RegularFile = 0x8000; // S_IFREG

    // A zip entry's DOS time starts in 1980 (SOURCE_DATE_EPOCH=0 is common).
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes <paramref name="entries"/> to <paramref name="path"/>, replacing it only once complete.</summary>
    public static void Write(string path, IEnumerable<Entry> entries, DateTimeOffset time)
    {
        var partial = path + ".partial";
        using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            foreach (var entry in entries)
            {
                var zipEntry = zip.CreateEntry(entry.Path, CompressionLevel.Optimal);
                zipEntry.LastWriteTime = time < ZipEpoch ? ZipEpoch : time;
                zipEntry.ExternalAttributes = (RegularFile | (entry.Executable ? 0b111_101_101 : 0b110_100_100)) << 16;
                using var stream = zipEntry.Open();
                stream.Write(entry.Content);
            }
        }

        File.Move(partial, path, overwrite: true);
    }
}
