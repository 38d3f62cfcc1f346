using System.Globalization;
using System.Numerics;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Charms;

/// <summary>Config option values: text read as an option's type, and which JSON values fit a type.</summary>
public static class ConfigValues
{
    /// <summary><paramref name="text"/> (a YAML scalar or a <c>juju config</c> argument) as a value of <paramref name="type"/>, or null when it is not one.</summary>
    public static WireValue? Parse(ConfigOptionType type, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return type switch
        {
            ConfigOptionType.String or ConfigOptionType.Secret => WireValue.FromString(text),
            ConfigOptionType.Int => BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? WireValue.FromInteger(i) : null,
            ConfigOptionType.Float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && double.IsFinite(f) ? WireValue.FromFloat(f) : null,
            ConfigOptionType.Boolean => CharmMetadataYaml.Boolean(text) is { } b ? WireValue.FromBoolean(b) : null,
            _ => null,
        };
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a value of <paramref name="type"/> as <c>config-get</c>
    /// prints it: Juju's JSON prints a whole float without a fraction, so an integer fits a float.
    /// </summary>
    public static bool Fits(ConfigOptionType type, WireValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return type switch
        {
            ConfigOptionType.String or ConfigOptionType.Secret => value.Kind == WireValueKind.String,
            ConfigOptionType.Int => value.Kind == WireValueKind.Integer,
            ConfigOptionType.Float => value.Kind is WireValueKind.Float or WireValueKind.Integer,
            ConfigOptionType.Boolean => value.Kind == WireValueKind.Boolean,
            _ => false,
        };
    }
}
