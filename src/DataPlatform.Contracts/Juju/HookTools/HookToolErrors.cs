namespace DataPlatform.Contracts.Juju.HookTools;

/// <summary>What a failed call was about, so its error can name it.</summary>
/// <param name="RelationId">The relation of a <c>relation-*</c> call or a grant.</param>
/// <param name="Member">The unit or application whose databag was read or written.</param>
/// <param name="OwnAppBag">Whether that databag is this unit's own application's.</param>
/// <param name="Secret">The secret id or label.</param>
internal readonly record struct CallSubject(int? RelationId = null, string? Member = null, bool OwnAppBag = false, string? Secret = null);

/// <summary>
/// Turns a failed hook tool (non-zero exit) into the typed error Juju means, by the stderr strings
/// of docs/hook-tools.md#errors. Every error keeps the masked argv, exit status and stderr.
/// </summary>
internal static class HookToolErrors
{
    public static JujuException Classify(string tool, IReadOnlyList<string> args, HookToolResult result, CallSubject subject)
    {
        var stderr = result.Stderr;
        var argv = HookToolArgv.Mask(tool, args);
        var rc = result.ExitStatus;
        var relationId = subject.RelationId ?? -1;
        var secret = subject.Secret ?? "?";
        var relationTool = tool.StartsWith("relation-", StringComparison.Ordinal);
        var secretTool = tool.StartsWith("secret-", StringComparison.Ordinal);
        var denied = Has(stderr, "permission denied");

        if (Has(stderr, "relation not found"))
        {
            return new RelationNotFoundException(tool, relationId) { Argv = argv, ExitStatus = rc, Stderr = stderr };
        }

        if (denied && secretTool)
        {
            return new SecretAccessDeniedException(tool, secret) { Argv = argv, ExitStatus = rc, Stderr = stderr };
        }

        if (denied && relationTool)
        {
            // A follower reading its own app bag is refused; otherwise Juju says this of a relation it
            // has forgotten (a removed cross-model relation, canonical/operator#2709): treat it as gone.
            return subject.OwnAppBag || tool == "relation-set"
                ? new RelationAccessDeniedException(tool, relationId, subject.Member ?? "?") { Argv = argv, ExitStatus = rc, Stderr = stderr }
                : new RelationNotFoundException(tool, relationId) { Argv = argv, ExitStatus = rc, Stderr = stderr };
        }

        if (Has(stderr, "cannot write relation settings") || Has(stderr, "not the leader"))
        {
            var what = subject.Secret is not null ? "secret " + subject.Secret : subject.RelationId is not null ? $"relation {relationId}" : "application status";
            return new NotLeaderException(tool, what) { Argv = argv, ExitStatus = rc, Stderr = stderr };
        }

        if (secretTool && Has(stderr, "not found"))
        {
            return new SecretNotFoundException(tool, secret) { Argv = argv, ExitStatus = rc, Stderr = stderr };
        }

        if (Has(stderr, "not running an action"))
        {
            return new NotInActionException(tool) { Argv = argv, ExitStatus = rc, Stderr = stderr };
        }

        var detail = stderr.Trim().Length == 0 ? "(no message)" : stderr.Trim();
        return new JujuException(tool, $"exit status {rc}: {detail}") { Argv = argv, ExitStatus = rc, Stderr = stderr };
    }

    private static bool Has(string stderr, string text) => stderr.Contains(text, StringComparison.Ordinal);
}
