using System.Text;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// Builds a model's <c>ToString</c>: <c>Model { key = "value", password = ***, ... }</c>. Secret
/// values are never shown, only whether they are set.
/// </summary>
internal sealed class ModelText
{
    private readonly StringBuilder _text;
    private bool _any;

    /// <summary>Starts the text of a model named <paramref name="model"/>.</summary>
    public ModelText(string model) => _text = new StringBuilder(model).Append(" {");

    /// <summary>A member or unknown key and its value.</summary>
    public ModelText Member(string key, WireValue value)
    {
        Separate();
        _text.Append(key).Append(" = ").Append(PythonJson.Serialize(value));
        return this;
    }

    /// <summary>A secret member: <c>***</c> when set, <c>null</c> otherwise.</summary>
    public ModelText Secret(string key, bool isSet)
    {
        Separate();
        _text.Append(key).Append(" = ").Append(isSet ? "***" : "null");
        return this;
    }

    /// <summary>Every unknown key.</summary>
    public ModelText Unknown(WireObject? keys)
    {
        if (keys is null) return this;
        foreach (var entry in keys) Member(entry.Key, entry.Value);
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => _text.ToString() + (_any ? " }" : "}");

    private void Separate()
    {
        _text.Append(_any ? ", " : " ");
        _any = true;
    }
}
