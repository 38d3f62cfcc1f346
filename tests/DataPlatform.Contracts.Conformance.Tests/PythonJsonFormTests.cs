using System.Text.Json;
using DataPlatform.Contracts.Conformance.Tests.Vectors;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>
/// Our JSON text writer reproduces, byte for byte, every JSON databag value the reference wrote in
/// the vectors: decoding one and writing it again gives the recorded text.
/// </summary>
public sealed class PythonJsonFormTests
{
    private static readonly string[] DatabagProperties = { "databag", "app", "unit", "remote_databag" };

    public static TheoryData<string> RecordedJsonValues()
    {
        var data = new TheoryData<string>();
        foreach (var value in RecordedJson()) data.Add(value);
        return data;
    }

    private static IEnumerable<string> RecordedJson()
    {
        var values = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var relativePath in VectorRoot.ProjectCopy.VectorFiles())
        {
            Collect(VectorFiles.Load(Path.Combine(VectorRoot.ProjectCopy.Directory, relativePath)), values);
        }
        return values.Where(v => PythonJson.TryParse(v, out var decoded) && decoded.Kind != WireValueKind.String);
    }

    [Theory]
    [MemberData(nameof(RecordedJsonValues))]
    public void Rewriting_a_recorded_value_gives_the_recorded_text(string recorded)
    {
        Assert.Equal(recorded, PythonJson.Serialize(PythonJson.Parse(recorded)));
    }

    [Fact]
    public void The_vectors_hold_JSON_values_of_every_shape()
    {
        var values = RecordedJson().Select(v => PythonJson.Parse(v).Kind).ToHashSet();
        Assert.Contains(WireValueKind.Array, values);
        Assert.Contains(WireValueKind.Object, values);
        Assert.Contains(WireValueKind.Boolean, values);
    }

    private static void Collect(JsonElement element, ISet<string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (DatabagProperties.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var entry in property.Value.EnumerateObject())
                        {
                            if (entry.Value.ValueKind == JsonValueKind.String) values.Add(entry.Value.GetString()!);
                        }
                    }
                    Collect(property.Value, values);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, values);
                break;
        }
    }
}
