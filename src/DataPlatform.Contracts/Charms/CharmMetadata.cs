using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Charms;

/// <summary>One relation endpoint a charm declares.</summary>
/// <param name="Name">The endpoint name, e.g. <c>database</c>.</param>
/// <param name="Interface">The interface, e.g. <c>postgresql_client</c>.</param>
/// <param name="Limit">How many relations it accepts, when limited.</param>
public sealed record EndpointMetadata(string Name, string Interface, int? Limit = null);

/// <summary>
/// The parts of a charm's metadata the library reads: its name, its endpoints, its actions and its
/// config options. <see cref="Load"/> and <see cref="Parse"/> read them from <c>charmcraft.yaml</c>
/// or <c>metadata.yaml</c> (with <c>actions.yaml</c> and <c>config.yaml</c>).
/// </summary>
public sealed record CharmMetadata(string Name)
{
    /// <summary>Endpoints under <c>requires</c>.</summary>
    public IReadOnlyList<EndpointMetadata> Requires { get; init; } = Array.Empty<EndpointMetadata>();

    /// <summary>Endpoints under <c>provides</c>.</summary>
    public IReadOnlyList<EndpointMetadata> Provides { get; init; } = Array.Empty<EndpointMetadata>();

    /// <summary>Endpoints under <c>peers</c>.</summary>
    public IReadOnlyList<EndpointMetadata> Peers { get; init; } = Array.Empty<EndpointMetadata>();

    /// <summary>The actions under <c>actions</c>, in file order.</summary>
    public IReadOnlyList<ActionMetadata> Actions { get; init; } = Array.Empty<ActionMetadata>();

    /// <summary>The options under <c>config.options</c> (<c>options</c> of <c>config.yaml</c>), in file order.</summary>
    public IReadOnlyList<ConfigOptionMetadata> ConfigOptions { get; init; } = Array.Empty<ConfigOptionMetadata>();

    /// <summary>The endpoint named <paramref name="name"/> in any section, or null.</summary>
    public EndpointMetadata? Endpoint(string name) =>
        Requires.FirstOrDefault(e => e.Name == name) ?? Provides.FirstOrDefault(e => e.Name == name) ?? Peers.FirstOrDefault(e => e.Name == name);

    /// <summary>Whether <paramref name="name"/> is a peer endpoint.</summary>
    public bool IsPeer(string name) => Peers.Any(e => e.Name == name);

    /// <summary>The action named <paramref name="name"/>, or null.</summary>
    public ActionMetadata? Action(string name) => Actions.FirstOrDefault(a => a.Name == name);

    /// <summary>The config option named <paramref name="name"/>, or null.</summary>
    public ConfigOptionMetadata? ConfigOption(string name) => ConfigOptions.FirstOrDefault(o => o.Name == name);

    /// <summary>
    /// Reads the metadata of the charm in directory <paramref name="path"/> (a deployed charm's
    /// <c>JUJU_CHARM_DIR</c> or a source tree), or of the YAML file <paramref name="path"/> names.
    /// In a directory, <c>metadata.yaml</c> wins (it is what <c>charmcraft pack</c> puts in a
    /// <c>.charm</c>, with <c>actions.yaml</c> and <c>config.yaml</c> beside it), else <c>charmcraft.yaml</c>.
    /// </summary>
    /// <exception cref="CharmMetadataException">No such file, or it is not readable charm metadata; names the file.</exception>
    public static CharmMetadata Load(string path) => CharmMetadataFiles.Load(path);

    /// <summary>
    /// Reads metadata from YAML <paramref name="text"/>: a unified <c>charmcraft.yaml</c>, or a
    /// <c>metadata.yaml</c> (optionally with the texts of its <c>actions.yaml</c> and <c>config.yaml</c>).
    /// <paramref name="fileName"/> is only used to name the source in errors.
    /// </summary>
    /// <exception cref="CharmMetadataException">Not readable charm metadata; names the file, and the line when the YAML is malformed.</exception>
    public static CharmMetadata Parse(string text, string fileName = "charmcraft.yaml", string? actionsYaml = null, string? configYaml = null) =>
        CharmMetadataYaml.Parse(text, fileName, actionsYaml, configYaml);
}

/// <summary>One action a charm declares.</summary>
/// <param name="Name">The action name, e.g. <c>rotate-password</c>.</param>
public sealed record ActionMetadata(string Name)
{
    /// <summary>What the action does, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Its parameters (the JSON schema's <c>params</c>), in file order.</summary>
    public IReadOnlyList<ActionParamMetadata> Params { get; init; } = Array.Empty<ActionParamMetadata>();

    /// <summary>The parameters that must be given (<c>required</c>).</summary>
    public IReadOnlyList<string> Required { get; init; } = Array.Empty<string>();

    /// <summary>Whether parameters not in <see cref="Params"/> are accepted (<c>additionalProperties</c>; JSON schema's default is true).</summary>
    public bool AdditionalProperties { get; init; } = true;

    /// <summary>The parameter named <paramref name="name"/>, or null.</summary>
    public ActionParamMetadata? Param(string name) => Params.FirstOrDefault(p => p.Name == name);
}

/// <summary>One parameter of an action.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Type">The JSON schema type (<c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>array</c>, <c>object</c>), or null when not given.</param>
/// <param name="Default">The default value, or null when there is none.</param>
/// <param name="Description">Its description, or null.</param>
public sealed record ActionParamMetadata(string Name, string? Type = null, WireValue? Default = null, string? Description = null);

/// <summary>The type of a config option (charmcraft's <c>config.options.&lt;name&gt;.type</c>).</summary>
public enum ConfigOptionType
{
    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>int</c>.</summary>
    Int,

    /// <summary><c>float</c>.</summary>
    Float,

    /// <summary><c>boolean</c>.</summary>
    Boolean,

    /// <summary><c>secret</c>: the value is a secret id.</summary>
    Secret,
}

/// <summary>One config option a charm declares.</summary>
/// <param name="Name">The option name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Default">The default value (of <paramref name="Type"/>), or null when it has none.</param>
/// <param name="Description">Its description, or null.</param>
public sealed record ConfigOptionMetadata(string Name, ConfigOptionType Type, WireValue? Default = null, string? Description = null);
