namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>Argv as it may be shown in errors and logs.</summary>
internal static class HookToolArgv
{
    private const string FileMarker = "#file=";

    /// <summary>
    /// <paramref name="args"/> with the path of every <c>key#file=path</c> masked (the path is not
    /// secret, but a log reader has no business opening it while the hook runs), and for
    /// <c>action-set</c> every value (results may be passwords).
    /// </summary>
    public static string[] Mask(string tool, IReadOnlyList<string> args)
    {
        var masked = new string[args.Count];
        for (var i = 0; i < args.Count; i++)
        {
            var at = args[i].IndexOf(FileMarker, StringComparison.Ordinal);
            var equals = args[i].IndexOf('=', StringComparison.Ordinal);
            masked[i] = at >= 0 ? args[i][..(at + FileMarker.Length)] + "***"
                : tool == "action-set" && equals > 0 ? args[i][..(equals + 1)] + "***"
                : args[i];
        }

        return masked;
    }
}
