using System.Globalization;
using System.Numerics;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// What <c>juju run unit action key=value ...</c> checks before the action starts: the action is
/// declared, the parameters fit its schema (declared types, <c>required</c>,
/// <c>additionalProperties</c>), and the declared defaults fill the gaps.
/// </summary>
internal static class ActionParams
{
    public static IReadOnlyDictionary<string, WireValue> Validate(CharmMetadata metadata, string actionName, IReadOnlyDictionary<string, string>? given)
    {
        var action = metadata.Action(actionName) ?? throw new ArgumentException($"{metadata.Name} has no action \"{actionName}\"", nameof(actionName));
        var values = new SortedDictionary<string, WireValue>(StringComparer.Ordinal);
        foreach (var (name, text) in given ?? new Dictionary<string, string>())
        {
            var param = action.Param(name);
            if (param is null && !action.AdditionalProperties)
            {
                throw new ArgumentException($"action \"{actionName}\": additional property \"{name}\" is not allowed", nameof(given));
            }

            values[name] = Value(param?.Type, text) ?? throw new ArgumentException($"action \"{actionName}\": \"{name}\" is not a valid {param!.Type}", nameof(given));
        }

        foreach (var param in action.Params)
        {
            if (!values.ContainsKey(param.Name) && param.Default is { } d) values[param.Name] = d;
        }

        var missing = action.Required.FirstOrDefault(r => !values.ContainsKey(r));
        if (missing is not null) throw new ArgumentException($"action \"{actionName}\": \"{missing}\" is required", nameof(given));
        return values;
    }

    // A command-line value read by the declared JSON-schema type; without one it stays a string.
    private static WireValue? Value(string? type, string text) => type switch
    {
        null or "string" => WireValue.FromString(text),
        "integer" => BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? WireValue.FromInteger(i) : null,
        "number" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && double.IsFinite(f) ? WireValue.FromFloat(f) : null,
        "boolean" => text switch { "true" => WireValue.True, "false" => WireValue.False, _ => null },
        _ => null,
    };
}
