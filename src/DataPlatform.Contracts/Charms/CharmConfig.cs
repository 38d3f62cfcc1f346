using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Charms;

/// <summary>
/// The charm's config (<c>config-get</c>), read once per hook, with typed getters checked against
/// the options in the metadata. An option's default comes from the metadata when Juju reports no
/// value; an option with neither reads as null.
/// </summary>
public sealed class CharmConfig
{
    private readonly IJujuBackend _backend;
    private readonly CharmMetadata _metadata;
    private IReadOnlyDictionary<string, WireValue>? _values;

    internal CharmConfig(IJujuBackend backend, CharmMetadata metadata)
    {
        _backend = backend;
        _metadata = metadata;
    }

    /// <summary>Every option with a value, as <c>config-get</c> returned it.</summary>
    public IReadOnlyDictionary<string, WireValue> Values => _values ??= _backend.ConfigGet();

    /// <summary>A <c>string</c> (or <c>secret</c> id) option.</summary>
    public string? GetString(string name) => Get(name, ConfigOptionType.String, ConfigOptionType.Secret)?.AsString();

    /// <summary>An <c>int</c> option.</summary>
    public long? GetInt(string name) => Get(name, ConfigOptionType.Int) is { } v ? (long)v.AsInteger() : null;

    /// <summary>A <c>float</c> option.</summary>
    public double? GetFloat(string name) =>
        Get(name, ConfigOptionType.Float) is { } v ? (v.Kind == WireValueKind.Integer ? (double)v.AsInteger() : v.AsFloat()) : null;

    /// <summary>A <c>boolean</c> option.</summary>
    public bool? GetBool(string name) => Get(name, ConfigOptionType.Boolean)?.AsBoolean();

    private WireValue? Get(string name, params ConfigOptionType[] types)
    {
        ArgumentNullException.ThrowIfNull(name);
        var option = _metadata.ConfigOption(name) ?? throw new ArgumentException($"the charm's metadata declares no config option '{name}'", nameof(name));
        if (!types.Contains(option.Type)) throw new InvalidOperationException($"config option '{name}' is of type {option.Type}, not {types[0]}");
        if (!Values.TryGetValue(name, out var value) || value.IsNull) return option.Default;
        return ConfigValues.Fits(option.Type, value) ? value : throw new JujuException("config-get", $"option '{name}' holds a {value.Kind}, not a {option.Type}");
    }
}
