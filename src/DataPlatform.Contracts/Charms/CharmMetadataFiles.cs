namespace DataPlatform.Contracts.Charms;

/// <summary>Finds a charm's metadata files on disk and hands their texts to <see cref="CharmMetadataYaml"/>.</summary>
internal static class CharmMetadataFiles
{
    public static CharmMetadata Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            var legacy = Path.Combine(path, "metadata.yaml");
            var unified = Path.Combine(path, "charmcraft.yaml");
            if (File.Exists(legacy)) return LoadFile(legacy);
            if (File.Exists(unified)) return LoadFile(unified);
            throw new CharmMetadataException(path, "no metadata.yaml or charmcraft.yaml in the charm directory");
        }

        if (!File.Exists(path)) throw new CharmMetadataException(path, "no such file");
        return LoadFile(path);
    }

    private static CharmMetadata LoadFile(string file)
    {
        var text = Read(file, file);
        if (!string.Equals(Path.GetFileName(file), "metadata.yaml", StringComparison.Ordinal)) return CharmMetadataYaml.Parse(text, file, null, null);

        // A packed charm splits the unified file: its actions and config sit beside metadata.yaml.
        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var actions = Path.Combine(directory, "actions.yaml");
        var config = Path.Combine(directory, "config.yaml");
        return CharmMetadataYaml.Parse(text, file, ReadOptional(actions), ReadOptional(config), actions, config);
    }

    private static string? ReadOptional(string file) => File.Exists(file) ? Read(file, file) : null;

    private static string Read(string file, string name)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CharmMetadataException(name, $"cannot be read ({e.GetType().Name})", e);
        }
    }
}
