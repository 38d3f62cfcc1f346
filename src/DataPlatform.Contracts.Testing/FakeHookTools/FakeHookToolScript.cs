namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>
/// The POSIX <c>/bin/sh</c> script installed under every hook tool's name. Pure sh has no sockets,
/// so it talks to the test's server through files and FIFOs named after its pid (unique among live
/// processes): it writes its argv (NUL separated), its stdin for <c>--file -</c>, then its name and
/// whether it sent stdin; announces its pid on the request FIFO (one short write, which the kernel
/// keeps whole); blocks on its reply FIFO for the exit status; prints the stdout and stderr the
/// server left, and exits with the status. Only <c>mkfifo</c> starts a process (copies are shell
/// builtins): on a loaded machine every process start and hand-over costs milliseconds.
/// </summary>
internal static class FakeHookToolScript
{
    /// <summary>The tools <see cref="DataPlatform.Contracts.Juju.HookTools.HookToolBackend"/> runs.</summary>
    public static readonly string[] Tools =
    [
        "is-leader", "relation-ids", "relation-list", "relation-get", "relation-set",
        "secret-add", "secret-get", "secret-info-get", "secret-set", "secret-grant", "secret-revoke", "secret-remove",
        "juju-log", "status-set", "config-get", "action-get", "action-set", "action-fail", "action-log",
    ];

    /// <summary>The script of <paramref name="tool"/>, talking to the server in <paramref name="serverDir"/>.</summary>
    public static string For(string tool, string serverDir) => $$"""
        #!/bin/sh
        # Fake Juju hook tool '{{tool}}' (DataPlatform.Contracts.Testing): the in-memory Juju of the
        # running test answers it, as Juju would.
        call={{Quote(serverDir)}}/calls/$$
        # Copies stdin to stdout byte for byte (but NUL), without starting a process.
        emit() {
          while IFS= read -r line; do printf '%s\n' "$line"; done
          if [ -n "$line" ]; then printf '%s' "$line"; fi
        }
        for a in "$@"; do printf '%s\0' "$a"; done >| "$call.argv" || { echo "ERROR fake hook tool: cannot write $call.argv" >&2; exit 70; }
        stdin=no
        prev=
        for a in "$@"; do
          if [ "$prev" = --file ] && [ "$a" = - ]; then stdin=yes; fi
          if [ "$a" = --file=- ]; then stdin=yes; fi
          prev=$a
        done
        if [ "$stdin" = yes ]; then emit >| "$call.stdin"; fi
        printf '%s\n%s\n' {{Quote(tool)}} "$stdin" >| "$call.tool"
        [ -p "$call.reply" ] || mkfifo "$call.reply" || exit 70
        exec 3<>"$call.reply"
        printf '%s\n' "$$" > {{Quote(serverDir)}}/requests
        read status <&3
        exec 3<&-
        emit < "$call.stdout"
        emit < "$call.stderr" >&2
        exit "$status"

        """;

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
