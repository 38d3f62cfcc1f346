namespace DataPlatform.Contracts.Conformance.Tests.Vectors;

/// <summary>A folder of vectors in the shared layout (hash/, model/, scenario/, diff/).</summary>
/// <param name="Label">Prefix of the test names from this root ("" for the project's copy).</param>
/// <param name="Directory">Absolute path of the folder.</param>
public sealed record VectorRoot(string Label, string Directory)
{
    /// <summary>The environment variable naming a further folder of vectors.</summary>
    public const string ExtraRootVariable = "CONTRACTS_CONFORMANCE_DIR";

    /// <summary>The project's own copy of the shared vectors.</summary>
    public static VectorRoot ProjectCopy { get; } = new("", RepositoryPaths.VectorsDirectory);

    /// <summary>The project's own vectors (not recorded upstream), laid out as a <see cref="ExtraRootVariable"/> folder.</summary>
    public static VectorRoot ProjectExtras { get; } = new("extra-vectors", RepositoryPaths.ExtraVectorsDirectory);

    /// <summary>The folder named by <see cref="ExtraRootVariable"/>, when it is set.</summary>
    public static VectorRoot? Extra =>
        Environment.GetEnvironmentVariable(ExtraRootVariable) is { Length: > 0 } path
            ? new VectorRoot("$" + ExtraRootVariable, Path.GetFullPath(path))
            : null;

    /// <summary>Every root this run replays.</summary>
    public static IEnumerable<VectorRoot> All
    {
        get
        {
            yield return ProjectCopy;
            yield return ProjectExtras;
            if (Extra is { } extra) yield return extra;
        }
    }

    /// <summary>Every vector file under this root, relative paths with forward slashes, sorted.</summary>
    public IReadOnlyList<string> VectorFiles()
    {
        if (!System.IO.Directory.Exists(Directory)) return Array.Empty<string>();
        var files = System.IO.Directory
            .EnumerateFiles(Directory, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
