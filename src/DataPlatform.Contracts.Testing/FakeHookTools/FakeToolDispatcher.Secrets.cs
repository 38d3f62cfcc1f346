using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>The secret tools of <see cref="FakeToolDispatcher"/>.</summary>
internal sealed partial class FakeToolDispatcher
{
    private static readonly string[] MetadataFlags = ["label", "description", "expire", "rotate", "owner"];

    private string Secret(string tool, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> files, out string? relationArg)
    {
        relationArg = null;
        switch (tool)
        {
            case "secret-add":
            {
                var parsed = ToolArgs.Parse(args, MetadataFlags, []);
                var content = Content(parsed.Positional, files);
                if (content.Count == 0) throw new ToolUsageException("missing secret value or filename");
                var owner = parsed.Value("owner") switch
                {
                    null or "application" => SecretOwner.Application,
                    "unit" => SecretOwner.Unit,
                    var other => throw new ToolUsageException($"invalid value \"{other}\" for option --owner: secret owner must be \"application\" or \"unit\""),
                };
                return SecretUri(backend.SecretAdd(content, parsed.Value("label"), owner), modelUuid) + "\n";
            }

            case "secret-get":
            {
                var parsed = ToolArgs.Parse(args, ["format", "label"], ["peek", "refresh"]);
                if (parsed.Has("peek") && parsed.Has("refresh")) throw new ToolUsageException("specify one of --peek or --refresh but not both");
                var id = parsed.Positional.ElementAtOrDefault(0);
                var label = parsed.Value("label");
                if (id is null && label is null) throw new ToolUsageException("require either a secret URI or label");
                var mode = parsed.Has("peek") ? SecretRead.Peek : parsed.Has("refresh") ? SecretRead.Refresh : SecretRead.Tracked;
                var content = backend.SecretGet(id, label, mode);
                return parsed.Positional.ElementAtOrDefault(1) is { } key ? JsonOut.String(content.GetValueOrDefault(key)) : JsonOut.Map(content);
            }

            case "secret-info-get":
            {
                var parsed = ToolArgs.Parse(args, ["format", "label"], []);
                var id = parsed.Positional.ElementAtOrDefault(0);
                var label = parsed.Value("label");
                if (id is not null == label is not null) throw new ToolUsageException("specify either a secret URI or label but not both");
                var info = backend.SecretInfoGet(id, label);
                var xid = info.Id[(info.Id.LastIndexOfAny([':', '/']) + 1)..];
                var ownedByUnit = backend.ById(info.Id) is { OwnerUnit: not null };
                // Field order of the spec's sample answer (docs/hook-tools.md#tools); empty fields are left out.
                var fields = new List<(string, string)> { ("revision", info.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
                if (info.Label is not null) fields.Add(("label", JsonOut.String(info.Label)));
                fields.Add(("owner", JsonOut.String(ownedByUnit ? "unit" : "application")));
                return JsonOut.Object([(xid, JsonOut.Object(fields))]);
            }

            case "secret-set":
            {
                var parsed = ToolArgs.Parse(args, MetadataFlags, []);
                var id = parsed.Positional.ElementAtOrDefault(0) ?? throw new ToolUsageException("missing secret URI");
                var content = Content(parsed.Positional.Skip(1), files);
                // Metadata-only updates (no content) are not modelled: they change nothing the library reads.
                if (content.Count > 0) backend.SecretSet(id, content);
                return "";
            }

            case "secret-grant":
            case "secret-revoke":
            {
                var parsed = ToolArgs.Parse(args, ["relation", "r", "unit", "app"], []);
                relationArg = parsed.Value("relation") ?? parsed.Value("r") ?? throw new ToolUsageException("missing relation");
                if (parsed.Value("unit") is not null) throw new ToolUsageException("--unit grants are not modelled by the in-memory Juju");
                var relationId = int.TryParse(relationArg[(relationArg.LastIndexOf(':') + 1)..], out var n)
                    ? n
                    : throw new ToolUsageException($"invalid value \"{relationArg}\" for option --relation: invalid relation id");
                var id = parsed.Positional.ElementAtOrDefault(0) ?? throw new ToolUsageException("missing secret URI");
                if (tool == "secret-grant") backend.SecretGrant(id, relationId);
                else backend.SecretRevoke(id, relationId);
                return "";
            }

            case "secret-remove":
            {
                var parsed = ToolArgs.Parse(args, ["revision"], []);
                var id = parsed.Positional.ElementAtOrDefault(0) ?? throw new ToolUsageException("missing secret URI");
                int? revision = parsed.Value("revision") is { } r
                    ? int.TryParse(r, out var number) ? number : throw new ToolUsageException($"invalid value \"{r}\" for option --revision")
                    : null;
                backend.SecretRemove(id, revision);
                return "";
            }

            default:
                throw new NotSupportedException(tool);
        }
    }

    /// <summary>Secret content from <c>key=value</c>, <c>key#file=path</c> (copied by the server) and <c>key#base64=...</c> arguments.</summary>
    private static Dictionary<string, string> Content(IEnumerable<string> pairs, IReadOnlyDictionary<string, string> files)
    {
        var content = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new ToolUsageException($"key value \"{pair}\" not valid");
            var key = pair[..eq];
            if (key.EndsWith("#file", StringComparison.Ordinal)) content[key[..^5]] = files[key[..^5]];
            else if (key.EndsWith("#base64", StringComparison.Ordinal)) content[key[..^7]] = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(pair[(eq + 1)..]));
            else content[key] = pair[(eq + 1)..];
        }

        return content;
    }
}
