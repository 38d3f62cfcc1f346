using System.IO.Compression;

namespace DataPlatform.Contracts.Packer.Tests;

/// <summary>A temporary charm project folder: write its charmcraft.yaml, pack it, read the .charm back.</summary>
internal sealed class PackFixture : IDisposable
{
    public static readonly DateTimeOffset StartedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    // Enough of an ELF header for the archive; the packer never runs the binary.
    private static readonly byte[] Binary = [0x7F, (byte)'E', (byte)'L', (byte)'F', 1, 2, 3];

    public PackFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("packer-test-").FullName;
        BinaryPath = Path.Combine(Directory, "charm-binary");
        File.WriteAllBytes(BinaryPath, Binary);
    }

    public string Directory { get; }

    public string BinaryPath { get; }

    public string Output => Path.Combine(Directory, "out");

    public string Project => Path.Combine(Directory, "charmcraft.yaml");

    public PackFixture WithProject(string yaml)
    {
        File.WriteAllText(Project, yaml);
        return this;
    }

    public PackRequest Request(string architecture = "amd64") =>
        new(Project, BinaryPath, architecture, Output) { StartedAt = StartedAt };

    public string Pack(PackRequest? request = null) => CharmPacker.Pack(request ?? Request());

    /// <summary>Each entry's name, unix mode and text (the binary as its length).</summary>
    public static Dictionary<string, (int Mode, string Text)> Read(string charm)
    {
        using var zip = ZipFile.OpenRead(charm);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return ((int)((uint)e.ExternalAttributes >> 16), e.FullName == "dispatch" ? $"{e.Length} bytes" : reader.ReadToEnd());
        });
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>A minimal charmcraft 3 platform charm, plus <paramref name="more"/> top-level YAML.</summary>
    public static string Minimal(string more = "") => $"""
        name: demo
        type: charm
        summary: A demo charm.
        description: Packs in the tests.
        base: ubuntu@24.04
        platforms:
          amd64:
        parts:
          charm:
            plugin: dump
            source: bin
        {more}
        """;
}
