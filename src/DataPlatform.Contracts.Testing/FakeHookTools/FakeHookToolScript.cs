namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>
/// The POSIX <c>/bin/sh</c> script installed under every hook tool's name. Pure sh has no sockets,
/// so it talks to the test's server through files and FIFOs: it writes its name, argv (NUL
/// separated) and, for <c>--file -</c>, its stdin into a fresh call folder, announces the folder on
/// the request FIFO (one short write, which the kernel keeps whole), then blocks on its own reply
/// FIFO for the exit status, prints the stdout and stderr the server left, and exits with it.
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
        server={{Quote(serverDir)}}
        call="$server/calls/$$"
        mkdir "$call" || { echo "ERROR fake hook tool: cannot create $call" >&2; exit 70; }
        printf '%s' {{Quote(tool)}} > "$call/tool"
        for a in "$@"; do printf '%s\0' "$a"; done > "$call/argv"
        stdin=no
        prev=
        for a in "$@"; do
          if [ "$prev" = --file ] && [ "$a" = - ]; then stdin=yes; fi
          if [ "$a" = --file=- ]; then stdin=yes; fi
          prev=$a
        done
        if [ "$stdin" = yes ]; then cat > "$call/stdin"; fi
        mkfifo "$call/reply" || exit 70
        exec 3<>"$call/reply"
        printf '%s\n' "$$" > "$server/requests"
        read status <&3
        exec 3<&-
        cat "$call/stdout"
        cat "$call/stderr" >&2
        rm -rf "$call"
        exit "$status"

        """;

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
