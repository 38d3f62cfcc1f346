using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.Tests.Charms;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>
/// A charm run through <see cref="JujuCharm.Run(IReadOnlyDictionary{string, string}, Func{HookEnvironment, IJujuBackend}, Func{CharmHost, object}, TextWriter?, string?)"/>
/// with the environment Juju gives a hook (docs/hook-tools.md#environment, docs/hook-tools.md#dispatch), over an in-memory unit backend.
/// </summary>
public sealed class EntryPointTests
{
    private readonly InMemoryJuju _juju = new();
    private readonly List<HookContext> _seen = new();
    private readonly StringWriter _errors = new();
    private readonly int _relation;

    public EntryPointTests()
    {
        _juju.Deploy("db", Metadata.DbDirectory, host => new EntryCharm(host, _seen));
        _juju.Deploy("app", Metadata.AppDirectory, host => new ScriptedCharm(host, new Dictionary<string, Action<IJujuBackend, HookContext>>
        {
            ["share-secret"] = (juju, _) => juju.SecretGrant(juju.SecretAdd(new Dictionary<string, string> { ["password"] = "pw-app" }, null, SecretOwner.Application), 0),
        }));
        _relation = _juju.Relate("app", "database", "db", "database");
    }

    private int Run(Dictionary<string, string> environment, IReadOnlyDictionary<string, string>? actionParams = null) =>
        JujuCharm.Run(environment, hook => _juju.HookBackend(hook, actionParams), host => new EntryCharm(host, _seen), _errors);

    private static Dictionary<string, string> Env(string dispatchPath, params string[] pairs)
    {
        var env = new Dictionary<string, string>
        {
            ["JUJU_DISPATCH_PATH"] = dispatchPath,
            ["JUJU_UNIT_NAME"] = "db/0",
            ["JUJU_MODEL_NAME"] = "test",
            ["JUJU_MODEL_UUID"] = "00000000-0000-4000-8000-000000000000",
            ["JUJU_VERSION"] = "3.6.12",
            ["JUJU_CHARM_DIR"] = Metadata.DbDirectory,
            ["JUJU_CONTEXT_ID"] = "db/0-hook-1",
        };
        for (var i = 0; i < pairs.Length; i += 2) env[pairs[i]] = pairs[i + 1];
        return env;
    }

    private Dictionary<string, string> RelationEnv(string kind, params string[] pairs) =>
        Env($"hooks/database-relation-{kind}", new[] { "JUJU_RELATION", "database", "JUJU_RELATION_ID", $"database:{_relation}", "JUJU_REMOTE_APP", "app" }.Concat(pairs).ToArray());

    [Fact]
    public void Relation_created_runs_its_observer_and_commits_its_writes()
    {
        Assert.Equal(0, Run(RelationEnv("created", "JUJU_REMOTE_UNIT", "")));

        var hook = Assert.Single(_seen);
        Assert.Equal(("database-relation-created", "database", _relation, "app", (string?)null), (hook.Name, hook.RelationName, hook.RelationId!.Value, hook.RemoteApp, hook.RemoteUnit));
        Assert.Equal("yes", _juju.Databag(_relation, "db")["created"]);
        Assert.True(_juju.History[^1].Result.Committed);
        Assert.Equal("", _errors.ToString());
    }

    [Fact]
    public void Relation_changed_reads_the_remote_unit_named_by_the_environment()
    {
        _juju.UpdateDatabag(_relation, "app/0", new Dictionary<string, string> { ["want"] = "inventory" });

        // No JUJU_REMOTE_APP: the application comes from JUJU_REMOTE_UNIT.
        var env = RelationEnv("changed", "JUJU_REMOTE_UNIT", "app/0");
        env.Remove("JUJU_REMOTE_APP");
        Assert.Equal(0, Run(env));

        Assert.Equal(("app", "app/0"), (_seen[0].RemoteApp, _seen[0].RemoteUnit));
        Assert.Equal("inventory", _juju.Databag(_relation, "db/0")["echo"]);
        Assert.Equal(new StatusView(WorkloadStatus.Active, "serving inventory"), _juju.Status("db/0"));
    }

    [Fact]
    public void Secret_changed_passes_the_secret_id_and_label_to_the_charm()
    {
        Assert.True(_juju.RunHook("app/0", new HookContext("share-secret")).Committed);
        var secret = _juju.Secrets.Single().Id;

        Assert.Equal(0, Run(Env("hooks/secret-changed", "JUJU_SECRET_ID", secret, "JUJU_SECRET_LABEL", "app-password")));

        Assert.Equal((secret, "app-password"), (_seen[0].SecretId, _seen[0].SecretLabel));
        Assert.Equal("app-password", _juju.Secret(secret).ConsumerLabels["db/0"]);
        Assert.Equal("secret keys: password", _juju.Status("db/0")!.Message);
    }

    [Fact]
    public void An_action_gets_its_params_with_defaults_and_reports_its_results()
    {
        var env = Env("actions/rotate", "JUJU_ACTION_NAME", "rotate", "JUJU_ACTION_UUID", "42");

        Assert.Equal(0, Run(env, new Dictionary<string, string> { ["user"] = "alice" }));

        var hook = Assert.Single(_seen);
        Assert.True(hook.IsAction);
        Assert.Equal(("rotate-action", "rotate", "42"), (hook.Name, hook.ActionName, hook.ActionId));
        var run = Assert.Single(_juju.ActionRuns);
        Assert.False(run.Failed);
        Assert.Equal("42", run.Id);
        Assert.Equal(new Dictionary<string, string> { ["length"] = "16", ["user"] = "alice" }, run.Results);
        Assert.Equal(new[] { "rotating" }, run.Logs);
    }

    [Fact]
    public void An_action_that_calls_action_fail_still_exits_zero_and_commits()
    {
        Assert.Equal(0, Run(Env("actions/rotate", "JUJU_ACTION_NAME", "rotate"), new Dictionary<string, string> { ["user"] = "nobody" }));

        var run = Assert.Single(_juju.ActionRuns);
        Assert.True(run.Failed);
        Assert.Equal("no user nobody", run.Message);
        Assert.Equal(new StatusView(WorkloadStatus.Blocked, "no such user"), _juju.Status("db/0"));
    }

    [Fact]
    public void An_unknown_hook_is_a_no_op_that_exits_zero()
    {
        Assert.Equal(0, Run(Env("hooks/frobnicate")));
        Assert.Equal(0, Run(Env("hooks/update-status")));

        Assert.Empty(_seen);
        Assert.Empty(_juju.Databag(_relation, "db"));
        Assert.Empty(_juju.Databag(_relation, "db/0"));
        Assert.Null(_juju.Status("db/0"));
        Assert.Empty(_juju.Logs("db/0"));
        Assert.Equal("", _errors.ToString());
    }

    [Fact]
    public void A_failing_handler_exits_non_zero_logs_type_and_message_only_and_writes_nothing()
    {
        _juju.UpdateDatabag(_relation, "app/0", new Dictionary<string, string> { ["want"] = "inventory", ["explode"] = "1" });
        var hooksBefore = _juju.History.Count;

        var exit = Run(RelationEnv("changed", "JUJU_REMOTE_UNIT", "app/0"));

        Assert.NotEqual(0, exit);
        Assert.Single(_seen);
        Assert.Empty(_juju.Databag(_relation, "db/0"));
        Assert.Null(_juju.Status("db/0"));
        Assert.Equal(hooksBefore, _juju.History.Count);
        var line = Assert.Single(_juju.Logs("db/0"));
        Assert.Equal(JujuLogLevel.Error, line.Level);
        Assert.Contains("System.InvalidOperationException", line.Message);
        Assert.Contains("cannot configure the server", line.Message);
        Assert.Contains("database-relation-changed", line.Message);
        Assert.DoesNotContain(EntryCharm.SecretValueInError, line.Message);
        Assert.DoesNotContain(" at ", line.Message);
        Assert.DoesNotContain('\n', line.Message);
    }

    [Theory]
    [InlineData("JUJU_UNIT_NAME", null)]
    [InlineData("JUJU_UNIT_NAME", "db")]
    [InlineData("JUJU_VERSION", null)]
    [InlineData("JUJU_VERSION", "three")]
    [InlineData("JUJU_CHARM_DIR", null)]
    [InlineData("JUJU_DISPATCH_PATH", "install")]
    [InlineData("JUJU_DISPATCH_PATH", "hooks/install/extra")]
    [InlineData("JUJU_RELATION_ID", null)]
    [InlineData("JUJU_RELATION_ID", "database:x")]
    [InlineData("JUJU_RELATION_ID", "other:0")]
    [InlineData("JUJU_REMOTE_UNIT", null)]
    [InlineData("JUJU_REMOTE_UNIT", "app-0")]
    public void A_missing_or_garbled_variable_gives_one_clear_error_and_a_non_zero_exit(string variable, string? value)
    {
        var env = RelationEnv("changed", "JUJU_REMOTE_UNIT", "app/0");
        if (value is null) env.Remove(variable);
        else env[variable] = value;
        var backendBuilt = false;

        var exit = JujuCharm.Run(env, hook => { backendBuilt = true; return _juju.HookBackend(hook); }, host => new EntryCharm(host, _seen), _errors);

        Assert.NotEqual(0, exit);
        Assert.False(backendBuilt);
        Assert.Empty(_seen);
        var error = _errors.ToString().TrimEnd('\n', '\r');
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith("ERROR ", error);
        Assert.Contains(variable, error);
    }

    [Fact]
    public void Without_JUJU_DISPATCH_PATH_the_hook_comes_from_argv0()
    {
        var env = Env("unused");
        env.Remove("JUJU_DISPATCH_PATH");

        var exit = JujuCharm.Run(env, hook => _juju.HookBackend(hook), host => new EntryCharm(host, _seen), _errors, argv0: "/var/lib/juju/agents/unit-db-0/charm/hooks/upgrade-charm");

        Assert.Equal(0, exit);
        Assert.Equal("upgrade-charm", _juju.History[^1].Hook.Name);
    }

    [Fact]
    public void Unreadable_metadata_in_the_charm_dir_is_a_clear_error_naming_the_file()
    {
        var dir = Directory.CreateTempSubdirectory("dpc-charm-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "charmcraft.yaml"), "name: db\nprovides:\n  database: {interface: pg\n");
            var env = Env("hooks/install", "JUJU_CHARM_DIR", dir);

            Assert.NotEqual(0, Run(env));
            Assert.Contains(Path.Combine(dir, "charmcraft.yaml"), _errors.ToString());
            Assert.Empty(_juju.History);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_charm_dir_with_metadata_yaml_is_read_too()
    {
        var seen = new List<string>();
        var env = Env("hooks/database-relation-created", "JUJU_UNIT_NAME", "app/0", "JUJU_CHARM_DIR", Metadata.AppDirectory,
            "JUJU_RELATION", "database", "JUJU_RELATION_ID", $"database:{_relation}", "JUJU_REMOTE_APP", "db");

        var exit = JujuCharm.Run(env, hook => _juju.HookBackend(hook), host =>
        {
            host.Observe("database-relation-created", _ => seen.Add(host.Metadata.Name + " requires " + host.Metadata.Requires.Single().Name));
            return host;
        }, _errors);

        Assert.Equal(0, exit);
        Assert.Equal(new[] { "app requires database" }, seen);
    }

    [SkippableFact]
    public void The_process_entry_point_outside_a_hook_exits_with_a_bad_environment()
    {
        Skip.If(Environment.GetEnvironmentVariable("JUJU_DISPATCH_PATH") is not null, "the test process runs inside a Juju hook");
        var built = false;

        var exit = JujuCharm.Run(Array.Empty<string>(), host => built = true);

        Assert.Equal(JujuCharm.BadEnvironment, exit);
        Assert.False(built);
    }

    [Fact]
    public void A_backend_that_holds_writes_is_flushed_after_success_only()
    {
        var flushes = new List<string>();
        int RunWith(Dictionary<string, string> env) => JujuCharm.Run(env, hook => new FlushRecorder(_juju.HookBackend(hook), flushes, hook.Hook.Name), host => new EntryCharm(host, _seen), _errors);
        _juju.UpdateDatabag(_relation, "app/0", new Dictionary<string, string> { ["explode"] = "1" });

        Assert.NotEqual(0, RunWith(RelationEnv("changed", "JUJU_REMOTE_UNIT", "app/0")));
        Assert.Equal(0, RunWith(RelationEnv("created")));

        Assert.Equal(new[] { "database-relation-created" }, flushes);
    }

    // Records flushes and passes them on; everything else goes to the in-memory backend.
    private sealed class FlushRecorder(IJujuBackend inner, List<string> flushes, string hook) : IJujuBackend, IHookCommit
    {
        public string UnitName => inner.UnitName;
        public string AppName => inner.AppName;
        public HookContext Hook => inner.Hook;
        public void Flush()
        {
            flushes.Add(hook);
            ((IHookCommit)inner).Flush();
        }

        public bool IsLeader() => inner.IsLeader();
        public IReadOnlyList<int> RelationIds(string endpoint) => inner.RelationIds(endpoint);
        public IReadOnlyList<string> RelationUnits(int relationId) => inner.RelationUnits(relationId);
        public string RemoteApp(int relationId) => inner.RemoteApp(relationId);
        public IReadOnlyDictionary<string, string> RelationGet(int relationId, string member) => inner.RelationGet(relationId, member);
        public void RelationSet(int relationId, IReadOnlyDictionary<string, string> changes, bool app) => inner.RelationSet(relationId, changes, app);
        public string SecretAdd(IReadOnlyDictionary<string, string> content, string? label, SecretOwner owner) => inner.SecretAdd(content, label, owner);
        public IReadOnlyDictionary<string, string> SecretGet(string? id, string? label, SecretRead mode) => inner.SecretGet(id, label, mode);
        public SecretInfo SecretInfoGet(string? id, string? label) => inner.SecretInfoGet(id, label);
        public void SecretSet(string id, IReadOnlyDictionary<string, string> content) => inner.SecretSet(id, content);
        public void SecretGrant(string id, int relationId) => inner.SecretGrant(id, relationId);
        public void SecretRevoke(string id, int relationId) => inner.SecretRevoke(id, relationId);
        public void SecretRemove(string id, int? revision) => inner.SecretRemove(id, revision);
        public void Log(JujuLogLevel level, string message) => inner.Log(level, message);
        public void StatusSet(WorkloadStatus status, string message, bool application) => inner.StatusSet(status, message, application);
        public IReadOnlyDictionary<string, Wire.WireValue> ConfigGet() => inner.ConfigGet();
        public IReadOnlyDictionary<string, Wire.WireValue> ActionGet() => inner.ActionGet();
        public void ActionSet(IReadOnlyDictionary<string, string> results) => inner.ActionSet(results);
        public void ActionFail(string message) => inner.ActionFail(message);
        public void ActionLog(string message) => inner.ActionLog(message);
    }
}
