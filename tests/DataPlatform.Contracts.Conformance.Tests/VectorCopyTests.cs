using DataPlatform.Contracts.Conformance.Tests.Vectors;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>The project's copy of the vectors is byte for byte the shared folder, when that is present.</summary>
public sealed class VectorCopyTests
{
    [SkippableFact]
    public void The_project_copy_equals_the_shared_vectors()
    {
        var shared = RepositoryPaths.SharedConformanceDirectory;
        Skip.IfNot(Directory.Exists(shared), $"{shared} is not beside this checkout; the project copy is used alone.");

        var theirs = Files(shared);
        var ours = Files(RepositoryPaths.VectorsDirectory);
        Assert.True(theirs.SequenceEqual(ours),
            "The project copy of the vectors lists other files than ../shared/conformance. Only in shared: "
            + string.Join(", ", theirs.Except(ours)) + "; only in the copy: " + string.Join(", ", ours.Except(theirs)));
        var differing = theirs
            .Where(f => !File.ReadAllBytes(Path.Combine(shared, f)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(RepositoryPaths.VectorsDirectory, f))))
            .ToList();
        Assert.True(differing.Count == 0, "These vectors differ from ../shared/conformance: " + string.Join(", ", differing));
    }

    private static List<string> Files(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
