using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>
/// How Juju reports a failure on stderr and in its exit status (docs/hook-tools.md#general-mechanics, docs/hook-tools.md#errors):
/// the in-memory backend's typed errors turned back into Juju's exact strings.
/// </summary>
internal static class JujuErrorText
{
    /// <summary>The exit status and stderr for <paramref name="error"/> raised by <paramref name="tool"/>; <paramref name="relationArg"/> is the <c>-r</c> value as given.</summary>
    public static (int ExitStatus, string Stderr) For(string tool, Exception error, string? relationArg, string relationFlag) => error switch
    {
        ToolUsageException e => (2, $"ERROR {e.Message}\n"),
        RelationNotFoundException e => (2, $"ERROR invalid value \"{relationArg ?? e.RelationId.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" for option {relationFlag}: relation not found\n"),
        RelationAccessDeniedException or SecretAccessDeniedException => (1, "ERROR permission denied\n"),
        NotLeaderException when tool == "relation-set" => (1, "ERROR cannot write relation settings\n"),
        NotLeaderException => (1, "ERROR this unit is not the leader\n"),
        SecretNotFoundException e => (1, $"ERROR secret \"{e.Reference}\" not found\n"),
        NotInActionException => (1, "ERROR not running an action\n"),
        JujuException e => (1, $"ERROR {WithoutTool(e)}\n"),
        NotSupportedException => (1, $"ERROR {tool} is not modelled by the in-memory Juju yet\n"),
        _ => (1, $"ERROR {error.Message}\n"),
    };

    // JujuException messages read "tool: message"; Juju prints only the message.
    private static string WithoutTool(JujuException e) =>
        e.Message.StartsWith(e.Tool + ": ", StringComparison.Ordinal) ? e.Message[(e.Tool.Length + 2)..] : e.Message;
}
