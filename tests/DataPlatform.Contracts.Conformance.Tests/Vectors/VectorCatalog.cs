namespace DataPlatform.Contracts.Conformance.Tests.Vectors;

/// <summary>Discovers every case of every vector file under every root.</summary>
public static class VectorCatalog
{
    public static readonly string[] Kinds = { "hash", "model", "scenario", "diff" };

    /// <summary>xunit member data: one row per case or scenario.</summary>
    public static TheoryData<VectorCase> Cases()
    {
        var data = new TheoryData<VectorCase>();
        foreach (var vector in AllCases()) data.Add(vector);
        return data;
    }

    public static IEnumerable<VectorCase> AllCases() => VectorRoot.All.SelectMany(CasesOf);

    public static IEnumerable<VectorCase> CasesOf(VectorRoot root)
    {
        foreach (var relativePath in root.VectorFiles())
        {
            var file = VectorFiles.Load(Path.Combine(root.Directory, relativePath));
            var kind = file.GetProperty("kind").GetString()!;
            if (kind == "scenario")
            {
                yield return new VectorCase(root, relativePath, kind, 0);
                continue;
            }
            var count = file.GetProperty("cases").GetArrayLength();
            for (var i = 0; i < count; i++) yield return new VectorCase(root, relativePath, kind, i);
        }
    }
}
