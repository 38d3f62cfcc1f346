namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>
/// A hook tool's argv parsed the way Juju's gnuflag parses it: <c>-x</c> and <c>--x</c> alike,
/// <c>--x=v</c> or <c>--x v</c>, flags interspersed with positionals, <c>--</c> ending flags, a
/// lone <c>-</c> being a positional. Bad flags raise <see cref="ToolUsageException"/> (exit 2).
/// </summary>
internal sealed class ToolArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = new();

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public bool Has(string name) => _switches.Contains(name);

    /// <summary>Parses <paramref name="args"/>: <paramref name="valued"/> take a value, <paramref name="switches"/> do not.</summary>
    public static ToolArgs Parse(IReadOnlyList<string> args, string[] valued, string[] switches)
    {
        var parsed = new ToolArgs();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                parsed.Positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.Length < 2 || arg[0] != '-')
            {
                parsed.Positional.Add(arg);
                continue;
            }

            var name = arg.TrimStart('-');
            string? inline = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            if (valued.Contains(name))
            {
                if (inline is null && i + 1 >= args.Count) throw new ToolUsageException($"flag needs an argument: {arg}");
                parsed._values[name] = inline ?? args[++i];
            }
            else if (switches.Contains(name))
            {
                if (inline is null or "true") parsed._switches.Add(name);
                else if (inline != "false") throw new ToolUsageException($"invalid value \"{inline}\" for flag {arg[..(arg.IndexOf('=') < 0 ? arg.Length : arg.IndexOf('='))]}");
            }
            else
            {
                throw new ToolUsageException($"option provided but not defined: {arg}");
            }
        }

        return parsed;
    }
}

/// <summary>A usage error: Juju prints <c>ERROR message</c> and exits 2.</summary>
internal sealed class ToolUsageException(string message) : Exception(message);
