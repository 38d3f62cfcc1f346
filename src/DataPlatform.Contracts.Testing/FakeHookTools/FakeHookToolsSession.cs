using System.Globalization;
using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing.FakeHookTools;

/// <summary>
/// Fake Juju hook tools for one hook of one unit of an <see cref="InMemoryJuju"/>: real executables
/// (<c>/bin/sh</c> scripts named <c>relation-get</c>, <c>secret-add</c>, ...) in <see cref="BinDirectory"/>,
/// answered by the in-memory model with Juju's exact output, stderr strings and exit statuses.
/// Run a charm, in this process or as a child process, with <see cref="Environment"/>: its tools
/// then reach the hook's unit. Get one from <see cref="InMemoryJuju.RunHookThroughTools"/>.
/// </summary>
/// <remarks>
/// Every call is recorded with its argv, stdin and the content of its <c>key#file=</c> files
/// (<see cref="Calls"/>), so a test can assert, for instance, that no secret value ever reached argv.
/// POSIX only (needs <c>/bin/sh</c> and <c>mkfifo</c>).
/// </remarks>
public sealed class FakeHookToolsSession : IDisposable
{
    private readonly DirectoryInfo _root;
    private readonly FakeHookToolServer _server;

    internal FakeHookToolsSession(UnitBackend backend, string jujuVersion, string modelUuid)
    {
        UnitName = backend.UnitName;
        Hook = backend.Hook;
        JujuVersion = jujuVersion;
        ModelUuid = modelUuid;
        _root = Directory.CreateTempSubdirectory("dpc-fake-juju-");
        try
        {
            BinDirectory = Path.Combine(_root.FullName, "bin");
            Directory.CreateDirectory(BinDirectory);
            foreach (var tool in FakeHookToolScript.Tools) WriteScript(tool);
            _server = new FakeHookToolServer(_root.FullName, new FakeToolDispatcher(backend, modelUuid));
            Environment = HookEnvironment();
        }
        catch
        {
            _root.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>The unit the hook runs on.</summary>
    public string UnitName { get; }

    /// <summary>The hook.</summary>
    public HookContext Hook { get; }

    /// <summary><c>JUJU_VERSION</c> of the session.</summary>
    public string JujuVersion { get; }

    /// <summary><c>JUJU_MODEL_UUID</c> of the session.</summary>
    public string ModelUuid { get; }

    /// <summary>The folder holding the fake tools.</summary>
    public string BinDirectory { get; }

    /// <summary>
    /// The environment variables Juju gives a hook process, to set on top of this process's:
    /// <c>PATH</c> with <see cref="BinDirectory"/> first, <c>JUJU_UNIT_NAME</c>, <c>JUJU_VERSION</c>,
    /// <c>JUJU_MODEL_UUID</c>, <c>JUJU_MODEL_NAME</c>, <c>JUJU_DISPATCH_PATH</c>, <c>JUJU_HOOK_NAME</c>,
    /// <c>JUJU_CONTEXT_ID</c>, and the relation and secret variables of <see cref="Hook"/> (secret ids
    /// as Juju 3.1+ gives them, <c>secret://model-uuid/xid</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Every tool call so far, in order.</summary>
    public IReadOnlyList<FakeHookToolCall> Calls => _server.Calls;

    /// <summary>Stops the server and deletes the tools.</summary>
    public void Dispose()
    {
        _server.Dispose();
        _root.Delete(recursive: true);
        if (_server.Failure is { } failure) throw new InvalidOperationException("the fake hook tool server failed", failure);
    }

    private void WriteScript(string tool)
    {
        var path = Path.Combine(BinDirectory, tool);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(FakeHookToolScript.For(tool, _root.FullName));
    }

    private Dictionary<string, string> HookEnvironment()
    {
        var path = System.Environment.GetEnvironmentVariable("PATH");
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = string.IsNullOrEmpty(path) ? BinDirectory : BinDirectory + Path.PathSeparator + path,
            ["JUJU_UNIT_NAME"] = UnitName,
            ["JUJU_VERSION"] = JujuVersion,
            ["JUJU_MODEL_UUID"] = ModelUuid,
            ["JUJU_MODEL_NAME"] = "in-memory",
            ["JUJU_CONTEXT_ID"] = $"{UnitName}-{Hook.Name}-{System.Environment.ProcessId}",
        };
        if (Hook.ActionName is { } action)
        {
            // An action is dispatched as actions/<name>, with no hook name (docs/hook-tools.md).
            env["JUJU_DISPATCH_PATH"] = "actions/" + action;
            env["JUJU_ACTION_NAME"] = action;
            env["JUJU_ACTION_UUID"] = Hook.ActionId ?? "";
        }
        else
        {
            env["JUJU_DISPATCH_PATH"] = "hooks/" + Hook.Name;
            env["JUJU_HOOK_NAME"] = Hook.Name;
        }

        if (Hook.RelationName is { } endpoint && Hook.RelationId is { } id)
        {
            env["JUJU_RELATION"] = endpoint;
            env["JUJU_RELATION_ID"] = $"{endpoint}:{id.ToString(CultureInfo.InvariantCulture)}";
            env["JUJU_REMOTE_APP"] = Hook.RemoteApp ?? "";
            // Present but empty when the remote application's databag changed (docs/hook-tools.md).
            env["JUJU_REMOTE_UNIT"] = Hook.RemoteUnit ?? "";
        }

        if (Hook.SecretId is { } secret) env["JUJU_SECRET_ID"] = FakeToolDispatcher.SecretUri(secret, ModelUuid);
        if (Hook.SecretLabel is { } label) env["JUJU_SECRET_LABEL"] = label;
        if (Hook.SecretRevision is { } revision) env["JUJU_SECRET_REVISION"] = revision.ToString(CultureInfo.InvariantCulture);
        return env;
    }
}
