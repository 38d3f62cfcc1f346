using System.Globalization;
using System.Numerics;
using DataPlatform.Contracts.Wire;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DataPlatform.Contracts.Charms;

/// <summary>
/// Turns charm metadata YAML into <see cref="CharmMetadata"/> through YamlDotNet's representation
/// model (no reflection, so trimming and Native AOT keep working). Unknown keys are ignored, as
/// Juju ignores the parts of charmcraft.yaml it does not read; wrong shapes fail with the file and
/// the key path.
/// </summary>
internal static class CharmMetadataYaml
{
    public static CharmMetadata Parse(string text, string fileName, string? actionsYaml, string? configYaml,
        string actionsFile = "actions.yaml", string configFile = "config.yaml")
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = Root(text, fileName) ?? throw new CharmMetadataException(fileName, "the file is empty");
        var name = Scalar(root, "name", fileName, "name") ?? throw new CharmMetadataException(fileName, "'name' is missing");

        var actionsRoot = actionsYaml is null ? Child(root, "actions", fileName, "actions") : Root(actionsYaml, actionsFile);
        var actionsSource = actionsYaml is null ? fileName : actionsFile;
        var configRoot = configYaml is null ? Child(root, "config", fileName, "config") : Root(configYaml, configFile);
        var configSource = configYaml is null ? fileName : configFile;
        var configPath = configYaml is null ? "config" : "";

        return new CharmMetadata(name)
        {
            Requires = Endpoints(root, "requires", fileName),
            Provides = Endpoints(root, "provides", fileName),
            Peers = Endpoints(root, "peers", fileName),
            Actions = Actions(actionsRoot, actionsSource, actionsYaml is null ? "actions" : ""),
            ConfigOptions = Options(configRoot is null ? null : Child(configRoot, "options", configSource, Join(configPath, "options")), configSource, Join(configPath, "options")),
        };
    }

    private static YamlMappingNode? Root(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new CharmMetadataException(file, $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }

        if (stream.Documents.Count == 0) return null;
        return stream.Documents[0].RootNode switch
        {
            YamlMappingNode mapping => mapping,
            YamlScalarNode { Value: null or "" or "~" or "null" } => null,
            _ => throw new CharmMetadataException(file, "the document is not a mapping"),
        };
    }

    private static List<EndpointMetadata> Endpoints(YamlMappingNode root, string section, string file)
    {
        var endpoints = new List<EndpointMetadata>();
        var node = Child(root, section, file, section);
        if (node is null) return endpoints;
        foreach (var (key, value) in node.Children)
        {
            var name = KeyText(key, file, section);
            var path = $"{section}.{name}";
            if (value is not YamlMappingNode endpoint) throw new CharmMetadataException(file, $"'{path}' is not a mapping");
            var @interface = Scalar(endpoint, "interface", file, path + ".interface") ?? throw new CharmMetadataException(file, $"'{path}.interface' is missing");
            int? limit = null;
            if (Scalar(endpoint, "limit", file, path + ".limit") is { } limitText)
            {
                limit = int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                    ? parsed
                    : throw new CharmMetadataException(file, $"'{path}.limit' is not a positive integer");
            }

            endpoints.Add(new EndpointMetadata(name, @interface, limit));
        }

        return endpoints;
    }

    private static List<ActionMetadata> Actions(YamlMappingNode? node, string file, string basePath)
    {
        var actions = new List<ActionMetadata>();
        if (node is null) return actions;
        foreach (var (key, value) in node.Children)
        {
            var name = KeyText(key, file, basePath);
            var path = Join(basePath, name);
            var action = value switch
            {
                YamlMappingNode mapping => mapping,
                YamlScalarNode { Value: null or "" or "~" or "null" } => null,
                _ => throw new CharmMetadataException(file, $"'{path}' is not a mapping"),
            };
            if (action is null)
            {
                actions.Add(new ActionMetadata(name));
                continue;
            }

            var parameters = new List<ActionParamMetadata>();
            if (Child(action, "params", file, path + ".params") is { } paramsNode)
            {
                foreach (var (paramKey, paramValue) in paramsNode.Children)
                {
                    var paramName = KeyText(paramKey, file, path + ".params");
                    var paramPath = $"{path}.params.{paramName}";
                    if (paramValue is not YamlMappingNode param) throw new CharmMetadataException(file, $"'{paramPath}' is not a mapping");
                    var type = Scalar(param, "type", file, paramPath + ".type");
                    var defaultValue = param.Children.TryGetValue(new YamlScalarNode("default"), out var d) ? ParamValue(d, type, file, paramPath + ".default") : null;
                    parameters.Add(new ActionParamMetadata(paramName, type, defaultValue, Scalar(param, "description", file, paramPath + ".description")));
                }
            }

            var required = new List<string>();
            if (action.Children.TryGetValue(new YamlScalarNode("required"), out var requiredNode))
            {
                if (requiredNode is not YamlSequenceNode list) throw new CharmMetadataException(file, $"'{path}.required' is not a list");
                foreach (var item in list) required.Add(item is YamlScalarNode { Value: { } v } ? v : throw new CharmMetadataException(file, $"'{path}.required' holds a non-name"));
            }

            var additional = Scalar(action, "additionalProperties", file, path + ".additionalProperties");
            actions.Add(new ActionMetadata(name)
            {
                Description = Scalar(action, "description", file, path + ".description"),
                Params = parameters,
                Required = required,
                AdditionalProperties = additional is null || (Boolean(additional) ?? throw new CharmMetadataException(file, $"'{path}.additionalProperties' is not a boolean")),
            });
        }

        return actions;
    }

    private static List<ConfigOptionMetadata> Options(YamlMappingNode? node, string file, string basePath)
    {
        var options = new List<ConfigOptionMetadata>();
        if (node is null) return options;
        foreach (var (key, value) in node.Children)
        {
            var name = KeyText(key, file, basePath);
            var path = Join(basePath, name);
            if (value is not YamlMappingNode option) throw new CharmMetadataException(file, $"'{path}' is not a mapping");
            var typeText = Scalar(option, "type", file, path + ".type") ?? "string";
            var type = typeText switch
            {
                "string" => ConfigOptionType.String,
                "int" => ConfigOptionType.Int,
                "float" => ConfigOptionType.Float,
                "boolean" => ConfigOptionType.Boolean,
                "secret" => ConfigOptionType.Secret,
                _ => throw new CharmMetadataException(file, $"'{path}.type' is '{typeText}', not one of string, int, float, boolean, secret"),
            };
            WireValue? defaultValue = null;
            if (option.Children.TryGetValue(new YamlScalarNode("default"), out var d))
            {
                if (d is not YamlScalarNode scalar) throw new CharmMetadataException(file, $"'{path}.default' is not a scalar");
                defaultValue = IsNull(scalar) ? null : ConfigValues.Parse(type, scalar.Value ?? "")
                    ?? throw new CharmMetadataException(file, $"'{path}.default' is not a valid {typeText}");
            }

            options.Add(new ConfigOptionMetadata(name, type, defaultValue, Scalar(option, "description", file, path + ".description")));
        }

        return options;
    }

    // An action default as JSON would carry it: by the declared type, else by the YAML scalar's look.
    private static WireValue ParamValue(YamlNode node, string? type, string file, string path)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                return WireValue.FromArray(sequence.Select((n, i) => ParamValue(n, null, file, $"{path}[{i}]")).ToArray());
            case YamlMappingNode mapping:
                var obj = new WireObject();
                foreach (var (k, v) in mapping.Children) obj.Set(KeyText(k, file, path), ParamValue(v, null, file, $"{path}.{KeyText(k, file, path)}"));
                return WireValue.FromObject(obj);
            case YamlScalarNode scalar:
                var text = scalar.Value ?? "";
                if (type == "string" || scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) return WireValue.FromString(text);
                if (IsNull(scalar)) return WireValue.Null;
                if (Boolean(text) is { } b) return WireValue.FromBoolean(b);
                if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return type == "number" ? WireValue.FromFloat((double)i) : WireValue.FromInteger(i);
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f)) return WireValue.FromFloat(f);
                return WireValue.FromString(text);
            default:
                throw new CharmMetadataException(file, $"'{path}' is not a value");
        }
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    // YAML 1.1 booleans, as Juju's YAML reader accepts them.
    internal static bool? Boolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    private static YamlMappingNode? Child(YamlMappingNode parent, string key, string file, string path) =>
        parent.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node switch
            {
                YamlMappingNode mapping => mapping,
                YamlScalarNode s when IsNull(s) => null,
                _ => throw new CharmMetadataException(file, $"'{path}' is not a mapping"),
            }
            : null;

    private static string? Scalar(YamlMappingNode parent, string key, string file, string path) =>
        parent.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node is YamlScalarNode scalar ? (IsNull(scalar) ? null : scalar.Value) : throw new CharmMetadataException(file, $"'{path}' is not a scalar")
            : null;

    private static string KeyText(YamlNode key, string file, string path) =>
        key is YamlScalarNode { Value: { Length: > 0 } text } ? text : throw new CharmMetadataException(file, $"'{path}' has a key that is not a name");

    private static string Join(string basePath, string name) => basePath.Length == 0 ? name : $"{basePath}.{name}";
}
