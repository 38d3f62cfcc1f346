using DataPlatform.Contracts.Conformance.Tests.Vectors;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>The suite fails loudly when it would otherwise replay nothing.</summary>
public sealed class VectorDiscoveryTests
{
    [Fact]
    public void The_project_copy_holds_vectors_of_every_kind()
    {
        var kinds = VectorCatalog.CasesOf(VectorRoot.ProjectCopy).Select(c => c.Kind).Distinct().ToList();
        Assert.True(kinds.Count > 0, $"No conformance vectors found in {VectorRoot.ProjectCopy.Directory}.");
        Assert.Equal(VectorCatalog.Kinds.OrderBy(k => k), kinds.OrderBy(k => k));
    }

    [Fact]
    public void The_extra_vector_folder_is_not_empty_when_named()
    {
        var extra = VectorRoot.Extra;
        if (extra is null) return;
        Assert.True(Directory.Exists(extra.Directory),
            $"${VectorRoot.ExtraRootVariable} names {extra.Directory}, which does not exist.");
        Assert.NotEmpty(extra.VectorFiles());
    }

    [Fact]
    public void Every_vector_file_has_a_known_kind_and_its_stem_as_name()
    {
        foreach (var root in VectorRoot.All)
        {
            foreach (var relativePath in root.VectorFiles())
            {
                var file = VectorFiles.Load(Path.Combine(root.Directory, relativePath));
                Assert.Contains(file.GetProperty("kind").GetString(), VectorCatalog.Kinds);
                Assert.Equal(Path.GetFileNameWithoutExtension(relativePath), file.GetProperty("name").GetString());
                Assert.Equal(1, file.GetProperty("schema_version").GetInt32());
            }
        }
    }

    [Fact]
    public void Case_names_are_unique_and_carry_path_and_index()
    {
        var ids = VectorCatalog.AllCases().Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("hash/hash_unicode.json#3", ids);
        Assert.Contains("scenario/v1_single_resource.json#0", ids);
    }
}
