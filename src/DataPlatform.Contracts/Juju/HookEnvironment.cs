namespace DataPlatform.Contracts.Juju;

/// <summary>
/// What Juju tells a charm process in its environment (docs/hook-tools.md#environment), checked and parsed:
/// who runs (unit, model, Juju version), where the charm is, and the hook or action with its
/// details as a <see cref="HookContext"/>.
/// </summary>
/// <param name="UnitName">The unit, e.g. <c>postgresql/0</c> (<c>JUJU_UNIT_NAME</c>).</param>
/// <param name="ModelUuid">The model's UUID (<c>JUJU_MODEL_UUID</c>), or null when not given.</param>
/// <param name="JujuVersion">The agent's version, e.g. <c>3.6.12</c> (<c>JUJU_VERSION</c>).</param>
/// <param name="CharmDir">The charm's directory (<c>JUJU_CHARM_DIR</c>, legacy <c>CHARM_DIR</c>).</param>
/// <param name="DispatchPath">The dispatch path, <c>hooks/&lt;hook&gt;</c> or <c>actions/&lt;action&gt;</c>.</param>
/// <param name="Hook">The hook or action being run.</param>
public sealed record HookEnvironment(string UnitName, string? ModelUuid, string JujuVersion, string CharmDir, string DispatchPath, HookContext Hook)
{
    private static readonly string[] RelationKinds = { "created", "joined", "changed", "departed", "broken" };
    private static readonly string[] SecretHooks = { "secret-changed", "secret-rotate", "secret-remove", "secret-expired" };

    /// <summary>The unit's application, e.g. <c>postgresql</c>.</summary>
    public string AppName => UnitName[..UnitName.IndexOf('/')];

    /// <summary>The model's name (<c>JUJU_MODEL_NAME</c>), or null.</summary>
    public string? ModelName { get; init; }

    /// <summary>
    /// Reads <paramref name="environment"/> the way ops does (docs/hook-tools.md#dispatch): the hook from
    /// <c>JUJU_DISPATCH_PATH</c>, or from <paramref name="argv0"/> when Juju ran <c>hooks/&lt;hook&gt;</c>
    /// directly; relation, secret and action details for their hooks. Empty values count as absent.
    /// </summary>
    /// <exception cref="HookEnvironmentException">A variable is missing or garbled; names it.</exception>
    public static HookEnvironment Parse(IReadOnlyDictionary<string, string> environment, string? argv0 = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Get(string name) => environment.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        string Require(string name) => Get(name) ?? throw new HookEnvironmentException(name, "is not set; is this process run by Juju as a hook?");

        var (dispatchPath, isAction, name) = Dispatch(Get("JUJU_DISPATCH_PATH"), argv0);
        var unit = Require("JUJU_UNIT_NAME");
        if (!IsUnitName(unit)) throw new HookEnvironmentException("JUJU_UNIT_NAME", $"'{unit}' is not a unit name (<application>/<number>)");
        var version = Require("JUJU_VERSION");
        if (!IsVersion(version)) throw new HookEnvironmentException("JUJU_VERSION", $"'{version}' is not a Juju version (e.g. 3.6.12)");
        var charmDir = Get("JUJU_CHARM_DIR") ?? Get("CHARM_DIR") ?? throw new HookEnvironmentException("JUJU_CHARM_DIR", "is not set; is this process run by Juju as a hook?");

        HookContext hook;
        if (isAction)
        {
            var actionName = Get("JUJU_ACTION_NAME");
            if (actionName is not null && actionName != name)
            {
                throw new HookEnvironmentException("JUJU_ACTION_NAME", $"'{actionName}' does not match the dispatch path {dispatchPath}");
            }

            hook = HookContext.ForAction(name, Get("JUJU_ACTION_UUID"));
        }
        else if (RelationEndpoint(name) is { } endpoint)
        {
            hook = RelationHook(name, endpoint, environment, Get);
        }
        else if (SecretHooks.Contains(name))
        {
            hook = new HookContext(name)
            {
                SecretId = Get("JUJU_SECRET_ID") ?? throw new HookEnvironmentException("JUJU_SECRET_ID", $"is not set for {name}"),
                SecretLabel = Get("JUJU_SECRET_LABEL"),
                SecretRevision = name is "secret-remove" or "secret-expired" ? Revision(Get("JUJU_SECRET_REVISION"), name) : OptionalRevision(Get("JUJU_SECRET_REVISION")),
            };
        }
        else
        {
            hook = new HookContext(name);
        }

        return new HookEnvironment(unit, Get("JUJU_MODEL_UUID"), version, charmDir, dispatchPath, hook) { ModelName = Get("JUJU_MODEL_NAME") };
    }

    private static (string Path, bool IsAction, string Name) Dispatch(string? dispatchPath, string? argv0)
    {
        var variable = dispatchPath is null ? "argv[0]" : "JUJU_DISPATCH_PATH";
        var path = dispatchPath ?? argv0 ?? throw new HookEnvironmentException("JUJU_DISPATCH_PATH", "is not set; is this process run by Juju as a hook?");
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        // The dispatch path is exactly hooks/<hook> or actions/<action>; argv[0] may be a full path ending so.
        var shapeOk = parts.Length >= 2 && (dispatchPath is null || parts.Length == 2) && parts[^2] is "hooks" or "actions" && IsName(parts[^1]);
        if (!shapeOk)
        {
            throw new HookEnvironmentException(variable, dispatchPath is null
                ? $"JUJU_DISPATCH_PATH is not set and '{path}' is not hooks/<hook> or actions/<action>"
                : $"'{path}' is not hooks/<hook> or actions/<action>");
        }

        return ($"{parts[^2]}/{parts[^1]}", parts[^2] == "actions", parts[^1]);
    }

    private static HookContext RelationHook(string name, string endpoint, IReadOnlyDictionary<string, string> environment, Func<string, string?> get)
    {
        var kind = name[(endpoint.Length + "-relation-".Length)..];
        var idText = get("JUJU_RELATION_ID") ?? throw new HookEnvironmentException("JUJU_RELATION_ID", $"is not set for {name}");
        var colon = idText.LastIndexOf(':');
        var idEndpoint = colon < 0 ? null : idText[..colon];
        if (!int.TryParse(idText.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || (idEndpoint is not null && idEndpoint != endpoint))
        {
            throw new HookEnvironmentException("JUJU_RELATION_ID", $"'{idText}' is not {endpoint}:<number>");
        }

        var relation = get("JUJU_RELATION");
        if (relation is not null && relation != endpoint) throw new HookEnvironmentException("JUJU_RELATION", $"'{relation}' is not the endpoint of {name}");

        // ops requires JUJU_REMOTE_UNIT to be present (maybe empty, for an app databag change) in these.
        if (kind is "joined" or "changed" or "departed" && !environment.ContainsKey("JUJU_REMOTE_UNIT"))
        {
            throw new HookEnvironmentException("JUJU_REMOTE_UNIT", $"is not set for {name}");
        }

        var remoteUnit = get("JUJU_REMOTE_UNIT");
        if (remoteUnit is not null && !IsUnitName(remoteUnit)) throw new HookEnvironmentException("JUJU_REMOTE_UNIT", $"'{remoteUnit}' is not a unit name");
        // JUJU_REMOTE_APP may be missing in relation-broken (LP 1960934); elsewhere the remote unit names the app.
        var remoteApp = get("JUJU_REMOTE_APP") ?? remoteUnit?[..remoteUnit.IndexOf('/')];
        if (remoteApp is null && kind != "broken") throw new HookEnvironmentException("JUJU_REMOTE_APP", $"is not set for {name}");
        var departing = get("JUJU_DEPARTING_UNIT");
        if (departing is not null && !IsUnitName(departing)) throw new HookEnvironmentException("JUJU_DEPARTING_UNIT", $"'{departing}' is not a unit name");

        return new HookContext(name)
        {
            RelationName = endpoint,
            RelationId = id,
            RemoteApp = remoteApp,
            RemoteUnit = remoteUnit,
            DepartingUnit = departing,
        };
    }

    private static string? RelationEndpoint(string name)
    {
        foreach (var kind in RelationKinds)
        {
            var suffix = "-relation-" + kind;
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        }

        return null;
    }

    private static int Revision(string? text, string hook) =>
        OptionalRevision(text) ?? throw new HookEnvironmentException("JUJU_SECRET_REVISION", $"is not set for {hook}");

    private static int? OptionalRevision(string? text) =>
        text is null ? null
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision) && revision > 0 ? revision
        : throw new HookEnvironmentException("JUJU_SECRET_REVISION", $"'{text}' is not a revision number");

    private static bool IsUnitName(string text)
    {
        var slash = text.IndexOf('/');
        return slash > 0 && slash < text.Length - 1 && IsName(text[..slash]) && text[(slash + 1)..].All(char.IsAsciiDigit);
    }

    // Hook, action and application names: lower-case letters, digits and dashes.
    private static bool IsName(string text) =>
        text.Length > 0 && char.IsAsciiLetterLower(text[0]) && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || c == '_');

    private static bool IsVersion(string text)
    {
        var parts = text.Split('.', 2);
        return parts.Length == 2 && parts[0].Length > 0 && parts[0].All(char.IsAsciiDigit) && parts[1].Length > 0 && char.IsAsciiDigit(parts[1][0]);
    }
}
