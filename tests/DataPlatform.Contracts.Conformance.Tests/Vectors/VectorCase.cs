using System.Text.Json;
using Xunit.Abstractions;

namespace DataPlatform.Contracts.Conformance.Tests.Vectors;

/// <summary>
/// One replayable unit: a case of a hash / model / diff vector, or a whole scenario. Serializable
/// so that xunit lists every case as its own test, named by <see cref="ToString"/>.
/// </summary>
public sealed class VectorCase : IXunitSerializable
{
    private string _rootLabel = "";
    private string _rootDirectory = "";
    private string _relativePath = "";
    private int _index;
    private string _kind = "";

    /// <summary>For the xunit deserializer only.</summary>
    public VectorCase()
    {
    }

    public VectorCase(VectorRoot root, string relativePath, string kind, int index)
    {
        _rootLabel = root.Label;
        _rootDirectory = root.Directory;
        _relativePath = relativePath;
        _kind = kind;
        _index = index;
    }

    /// <summary>hash, model, scenario or diff.</summary>
    public string Kind => _kind;

    /// <summary>The case index within its file (0 for a scenario).</summary>
    public int Index => _index;

    /// <summary>The file path relative to its root, with forward slashes.</summary>
    public string RelativePath => _relativePath;

    /// <summary>The test name: root-relative path and case index.</summary>
    public string Id => _rootLabel.Length == 0 ? $"{_relativePath}#{_index}" : $"{_rootLabel}/{_relativePath}#{_index}";

    /// <summary>The case's key in the override table: its path below its root and index, wherever the root is.</summary>
    public string TableKey => $"{_relativePath}#{_index}";

    /// <summary>The whole vector file.</summary>
    public JsonElement File => VectorFiles.Load(Path.Combine(_rootDirectory, _relativePath));

    /// <summary>This case's object in <c>cases</c>, or the file itself for a scenario.</summary>
    public JsonElement Case => _kind == "scenario" ? File : File.GetProperty("cases")[_index];

    public override string ToString() => Id;

    public void Deserialize(IXunitSerializationInfo info)
    {
        _rootLabel = info.GetValue<string>(nameof(_rootLabel));
        _rootDirectory = info.GetValue<string>(nameof(_rootDirectory));
        _relativePath = info.GetValue<string>(nameof(_relativePath));
        _kind = info.GetValue<string>(nameof(_kind));
        _index = info.GetValue<int>(nameof(_index));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(_rootLabel), _rootLabel);
        info.AddValue(nameof(_rootDirectory), _rootDirectory);
        info.AddValue(nameof(_relativePath), _relativePath);
        info.AddValue(nameof(_kind), _kind);
        info.AddValue(nameof(_index), _index);
    }
}
