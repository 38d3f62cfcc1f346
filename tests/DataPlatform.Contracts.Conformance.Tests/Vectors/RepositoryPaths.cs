using System.Reflection;

namespace DataPlatform.Contracts.Conformance.Tests.Vectors;

/// <summary>Paths recorded at build time (see the project file).</summary>
public static class RepositoryPaths
{
    public static string VectorsDirectory { get; } = Metadata("VectorsDirectory");

    public static string ExtraVectorsDirectory { get; } = Metadata("ExtraVectorsDirectory");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The team's shared folder beside the checkout, when it is there.</summary>
    public static string SharedConformanceDirectory { get; } =
        Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "conformance"));

    private static string Metadata(string key) =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value!;
}
