using System.Globalization;

namespace DataPlatform.Contracts.Packer;

/// <summary>The packer's command line (see Program.cs).</summary>
internal static class Arguments
{
    /// <exception cref="PackException">A required option is missing or an option is unknown.</exception>
    public static PackRequest Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<(string, string)>();
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (i + 1 >= args.Count) throw new PackException("packer", $"{option} needs a value");
            var value = args[++i];
            switch (option)
            {
                case "--project" or "--dispatch" or "--architecture" or "--output" or "--platform":
                    values[option] = value;
                    break;
                case "--file":
                    var eq = value.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0) throw new PackException("packer", $"--file '{value}' is not <source>=<path in charm>");
                    files.Add((value[..eq], value[(eq + 1)..]));
                    break;
                default:
                    throw new PackException("packer", $"unknown option '{option}'");
            }
        }

        string Required(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : throw new PackException("packer", $"{name} is required");
        return new PackRequest(Required("--project"), Required("--dispatch"), Required("--architecture"), Required("--output"))
        {
            Platform = values.TryGetValue("--platform", out var platform) && platform.Length > 0 ? platform : null,
            Files = files,
            StartedAt = StartedAt(),
        };
    }

    // SOURCE_DATE_EPOCH (reproducible-builds.org) pins the time, so the same inputs give the same bytes.
    private static DateTimeOffset StartedAt() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UtcNow;
}
