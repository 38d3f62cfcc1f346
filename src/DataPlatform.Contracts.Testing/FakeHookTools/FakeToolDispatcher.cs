using System.Globalization;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>
/// Answers one fake hook tool call from the running hook's <see cref="UnitBackend"/>: decodes the
/// argv (the inverse of <see cref="DataPlatform.Contracts.Juju.HookTools.HookToolBackend"/>'s, plus
/// Juju's defaults and usage errors), calls the backend, and prints what Juju prints. Secret ids
/// are printed in the form of Juju 3.1 and later, <c>secret://model-uuid/xid</c>.
/// This part holds leadership, relations, logging, status, config and actions; the secrets are in
/// <c>FakeToolDispatcher.Secrets.cs</c>.
/// </summary>
internal sealed partial class FakeToolDispatcher(UnitBackend backend, string modelUuid)
{
    private static readonly string[] Format = ["format"];

    /// <summary>The answer to <paramref name="tool"/> with <paramref name="args"/>; <paramref name="files"/> holds the <c>key#file=</c> contents.</summary>
    public (int ExitStatus, string Stdout, string Stderr) Answer(string tool, IReadOnlyList<string> args, string? stdin, IReadOnlyDictionary<string, string> files)
    {
        string? relationArg = null;
        var relationFlag = tool.StartsWith("secret-", StringComparison.Ordinal) ? "--relation" : "-r";
        try
        {
            var stdout = tool switch
            {
                "is-leader" => IsLeader(args),
                "relation-ids" => RelationIds(args),
                "relation-list" => RelationList(args, out relationArg),
                "relation-get" => RelationGet(args, out relationArg),
                "relation-set" => RelationSet(args, stdin, out relationArg),
                "juju-log" => Log(args),
                "status-set" => StatusSet(args),
                "config-get" => ParametersOf(args, backend.ConfigGet()),
                "action-get" => ParametersOf(args, backend.ActionGet()),
                "action-set" => ActionSet(args),
                "action-fail" => Message(args, backend.ActionFail),
                "action-log" => Message(args, backend.ActionLog),
                _ => Secret(tool, args, files, out relationArg),
            };
            return (0, stdout, "");
        }
#pragma warning disable CA1031 // Every failure is answered as Juju answers it; none may kill the server.
        catch (Exception error)
#pragma warning restore CA1031
        {
            var (status, stderr) = JujuErrorText.For(tool, error, relationArg, relationFlag);
            return (status, "", stderr);
        }
    }

    private string IsLeader(IReadOnlyList<string> args)
    {
        ToolArgs.Parse(args, Format, []);
        return JsonOut.Bool(backend.IsLeader());
    }

    private string RelationIds(IReadOnlyList<string> args)
    {
        var parsed = ToolArgs.Parse(args, Format, []);
        var endpoint = parsed.Positional.FirstOrDefault() ?? backend.Hook.RelationName ?? throw new ToolUsageException("no endpoint name specified");
        return JsonOut.List(backend.RelationIds(endpoint).Select(id => $"{endpoint}:{Text(id)}").OrderBy(s => s, StringComparer.Ordinal));
    }

    private string RelationList(IReadOnlyList<string> args, out string? relationArg)
    {
        var parsed = ToolArgs.Parse(args, ["format", "r", "relation"], ["app"]);
        var id = RelationOf(parsed, out relationArg);
        return parsed.Has("app") ? JsonOut.String(backend.RemoteApp(id)) : JsonOut.List(backend.RelationUnits(id));
    }

    private string RelationGet(IReadOnlyList<string> args, out string? relationArg)
    {
        var parsed = ToolArgs.Parse(args, ["format", "r", "relation"], ["app"]);
        var id = RelationOf(parsed, out relationArg);
        var key = parsed.Positional.ElementAtOrDefault(0) ?? "-";
        var member = parsed.Positional.ElementAtOrDefault(1)
            ?? (parsed.Has("app") ? backend.Hook.RemoteApp : backend.Hook.RemoteUnit)
            ?? throw new ToolUsageException("no unit or application specified");
        if (parsed.Has("app") && member.Contains('/')) member = member[..member.IndexOf('/')];
        if (!parsed.Has("app") && !member.Contains('/')) throw new ToolUsageException($"expected unit name, got application name \"{member}\"");
        var bag = backend.RelationGet(id, member);
        return key == "-" ? JsonOut.Map(bag) : JsonOut.String(bag.GetValueOrDefault(key));
    }

    private string RelationSet(IReadOnlyList<string> args, string? stdin, out string? relationArg)
    {
        var parsed = ToolArgs.Parse(args, ["format", "r", "relation", "file"], ["app"]);
        var id = RelationOf(parsed, out relationArg);
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (parsed.Value("file") is { } file)
        {
            var text = file == "-" ? stdin ?? "" : File.ReadAllText(file);
            if (!WireJsonReader.TryParse(text, out var value) || value.Kind != WireValueKind.Object)
            {
                throw new JujuException("relation-set", "cannot parse settings: expected a map of strings");
            }

            foreach (var (k, v) in value.AsObject())
            {
                changes[k] = v.Kind switch
                {
                    WireValueKind.String => v.AsString(),
                    WireValueKind.Null => "",
                    _ => throw new JujuException("relation-set", $"cannot parse settings: value of \"{k}\" is not a string"),
                };
            }
        }

        foreach (var pair in parsed.Positional)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new ToolUsageException($"expected \"key=value\", got \"{pair}\"");
            changes[pair[..eq]] = pair[(eq + 1)..];
        }

        backend.RelationSet(id, changes, parsed.Has("app"));
        return "";
    }

    private string Log(IReadOnlyList<string> args)
    {
        var parsed = ToolArgs.Parse(args, ["log-level", "l", "format"], ["debug"]);
        var level = (parsed.Value("log-level") ?? parsed.Value("l") ?? (parsed.Has("debug") ? "DEBUG" : "INFO")).ToUpperInvariant() switch
        {
            "TRACE" or "DEBUG" => JujuLogLevel.Debug,
            "WARNING" => JujuLogLevel.Warning,
            "ERROR" or "CRITICAL" => JujuLogLevel.Error,
            _ => JujuLogLevel.Info,
        };
        if (parsed.Positional.Count == 0) throw new ToolUsageException("no message specified");
        backend.Log(level, string.Join(' ', parsed.Positional));
        return "";
    }

    private string StatusSet(IReadOnlyList<string> args)
    {
        var parsed = ToolArgs.Parse(args, [], ["application"]);
        var status = parsed.Positional.ElementAtOrDefault(0) switch
        {
            "active" => WorkloadStatus.Active,
            "blocked" => WorkloadStatus.Blocked,
            "waiting" => WorkloadStatus.Waiting,
            "maintenance" => WorkloadStatus.Maintenance,
            null => throw new ToolUsageException("invalid args, require <status> [message] [data]"),
            var other => throw new ToolUsageException($"invalid status \"{other}\", expected one of [maintenance blocked waiting active]"),
        };
        backend.StatusSet(status, string.Join(' ', parsed.Positional.Skip(1)), parsed.Has("application"));
        return "";
    }

    private static string ParametersOf(IReadOnlyList<string> args, IReadOnlyDictionary<string, WireValue> values)
    {
        var parsed = ToolArgs.Parse(args, Format, ["all"]);
        if (parsed.Positional.FirstOrDefault() is { } key) return (values.TryGetValue(key, out var one) ? one : WireValue.Null) + "\n";
        var obj = new WireObject(values.Count);
        foreach (var (k, v) in values.OrderBy(kv => kv.Key, StringComparer.Ordinal)) obj.Set(k, v);
        return WireValue.FromObject(obj) + "\n";
    }

    private string ActionSet(IReadOnlyList<string> args)
    {
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in ToolArgs.Parse(args, [], []).Positional)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new ToolUsageException($"argument \"{pair}\" must be of the form key=value");
            results[pair[..eq]] = pair[(eq + 1)..];
        }

        backend.ActionSet(results);
        return "";
    }

    private static string Message(IReadOnlyList<string> args, Action<string> send)
    {
        send(string.Join(' ', ToolArgs.Parse(args, [], []).Positional));
        return "";
    }

    /// <summary>The relation of <c>-r</c> (<c>N</c> or <c>endpoint:N</c>, Juju takes the number after the last colon), else the hook's.</summary>
    private int RelationOf(ToolArgs parsed, out string? given)
    {
        given = parsed.Value("r") ?? parsed.Value("relation");
        if (given is null) return backend.Hook.RelationId ?? throw new ToolUsageException("no relation id specified");
        var number = given[(given.LastIndexOf(':') + 1)..];
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ToolUsageException($"invalid value \"{given}\" for option -r: invalid relation id");
    }

    /// <summary>The in-memory id <c>secret:xid</c> as Juju 3.1+ prints it.</summary>
    public static string SecretUri(string id, string modelUuid) => $"secret://{modelUuid}/{id[(id.LastIndexOfAny([':', '/']) + 1)..]}";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
