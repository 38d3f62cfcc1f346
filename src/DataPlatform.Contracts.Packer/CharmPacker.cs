using System.Reflection;
using System.Text;
using DataPlatform.Contracts.Charms;

namespace DataPlatform.Contracts.Packer;

/// <summary>Packs one charm: validate <c>charmcraft.yaml</c>, split it, add <c>manifest.yaml</c> and <c>dispatch</c>, zip.</summary>
internal static class CharmPacker
{
    // The files Juju reads and charmcraft writes itself; an extra file may not replace one.
    private static readonly HashSet<string> Generated = new(StringComparer.Ordinal) { "dispatch", "metadata.yaml", "manifest.yaml", "config.yaml", "actions.yaml" };

    /// <summary>Writes the <c>.charm</c> and returns its path.</summary>
    /// <exception cref="PackException">An input is missing or not packable.</exception>
    public static string Pack(PackRequest request)
    {
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(request.Project))!;
        foreach (var legacy in new[] { "metadata.yaml", "actions.yaml", "config.yaml" })
        {
            // charmcraft would merge or copy these; one source of metadata keeps pack time and run time equal.
            var path = Path.Combine(projectDirectory, legacy);
            if (File.Exists(path)) throw new PackException(path, $"{legacy} beside charmcraft.yaml: move its content into charmcraft.yaml");
        }

        var project = CharmcraftProject.Load(request.Project);
        var platform = CharmPlatform.Select(project, request.Architecture, request.Platform);
        if (!File.Exists(request.Dispatch)) throw new PackException(request.Dispatch, "the charm binary does not exist (publish the charm first)");

        var entries = new List<CharmArchive.Entry> { new("dispatch", File.ReadAllBytes(request.Dispatch), Executable: true) };
        var yaml = JujuMetadataFiles.From(project).ToList();
        yaml.Add(("manifest.yaml", CharmManifest.Write(platform, request.StartedAt, PackerVersion)));
        entries.AddRange(yaml.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new CharmArchive.Entry(f.Name, Encoding.UTF8.GetBytes(f.Text), Executable: false)));
        foreach (var (source, pathInCharm) in request.Files)
        {
            var inCharm = pathInCharm.Replace('\\', '/').TrimStart('/');
            if (inCharm.Length == 0 || inCharm.Split('/').Any(s => s is ".." or "." or "")) throw new PackException(source, $"'{pathInCharm}' is not a relative path inside the charm");
            if (Generated.Contains(inCharm)) throw new PackException(source, $"'{inCharm}' is written by the packer; it cannot be replaced");
            if (!File.Exists(source)) throw new PackException(source, "the file to add to the charm does not exist");
            var executable = !OperatingSystem.IsWindows() && (File.GetUnixFileMode(source) & UnixFileMode.UserExecute) != 0;
            entries.Add(new(inCharm, File.ReadAllBytes(source), executable));
        }

        CheckRoundTrip(project, yaml);

        Directory.CreateDirectory(request.OutputDirectory);
        var charm = Path.Combine(request.OutputDirectory, platform.CharmFileName(project.Name));
        CharmArchive.Write(charm, entries, request.StartedAt);
        return charm;
    }

    // The packed files must read back, through the runtime's own loader, as the metadata the
    // charmcraft.yaml reads as: otherwise a hook would see another charm than the one tested.
    private static void CheckRoundTrip(CharmcraftProject project, IEnumerable<(string Name, string Text)> files)
    {
        var directory = Directory.CreateTempSubdirectory("charm-pack-");
        try
        {
            foreach (var (name, text) in files) File.WriteAllText(Path.Combine(directory.FullName, name), text);
            var packed = CharmMetadata.Load(directory.FullName);
            var expected = MetadataText.Describe(project.Metadata);
            var actual = MetadataText.Describe(packed);
            if (expected != actual) throw new PackException(project.File, $"the packed metadata reads differently from charmcraft.yaml:\n{expected}\n---\n{actual}");
        }
        catch (CharmMetadataException e)
        {
            throw new PackException(project.File, "the packed metadata does not read back: " + e.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Written as <c>charmcraft-version</c>: this packer, not a charmcraft release, made the charm.</summary>
    public static string PackerVersion =>
        "dataplatform-contracts-packer " + (typeof(CharmPacker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");
}
