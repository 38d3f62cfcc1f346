using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Tests.Environments;

/// <summary>The hook's environment read as docs/hook-tools.md#environment, docs/hook-tools.md#dispatch describe it.</summary>
public sealed class HookEnvironmentTests
{
    private static Dictionary<string, string> Env(string dispatch, params string[] pairs)
    {
        var env = new Dictionary<string, string>
        {
            ["JUJU_DISPATCH_PATH"] = dispatch,
            ["JUJU_UNIT_NAME"] = "demo-db/3",
            ["JUJU_MODEL_UUID"] = "m-uuid",
            ["JUJU_MODEL_NAME"] = "prod",
            ["JUJU_VERSION"] = "3.6.12",
            ["JUJU_CHARM_DIR"] = "/var/lib/juju/agents/unit-demo-db-3/charm",
        };
        for (var i = 0; i < pairs.Length; i += 2) env[pairs[i]] = pairs[i + 1];
        return env;
    }

    [Fact]
    public void The_unit_model_version_and_charm_dir_are_read()
    {
        var parsed = HookEnvironment.Parse(Env("hooks/install"));

        Assert.Equal(("demo-db/3", "demo-db", "m-uuid", "prod", "3.6.12", "/var/lib/juju/agents/unit-demo-db-3/charm", "hooks/install"),
            (parsed.UnitName, parsed.AppName, parsed.ModelUuid, parsed.ModelName, parsed.JujuVersion, parsed.CharmDir, parsed.DispatchPath));
        Assert.Equal(new HookContext("install"), parsed.Hook);
        Assert.False(parsed.Hook.IsAction);
    }

    [Fact]
    public void A_relation_hook_carries_its_relation_remote_and_departing_unit()
    {
        var hook = HookEnvironment.Parse(Env("hooks/database-relation-departed",
            "JUJU_RELATION", "database", "JUJU_RELATION_ID", "database:7", "JUJU_REMOTE_APP", "app", "JUJU_REMOTE_UNIT", "app/1", "JUJU_DEPARTING_UNIT", "app/1")).Hook;

        Assert.Equal(new HookContext("database-relation-departed") { RelationName = "database", RelationId = 7, RemoteApp = "app", RemoteUnit = "app/1", DepartingUnit = "app/1" }, hook);
        Assert.Equal("relation-departed", hook.RelationEvent);
    }

    [Fact]
    public void An_app_databag_change_has_an_empty_remote_unit()
    {
        var hook = HookEnvironment.Parse(Env("hooks/database-relation-changed",
            "JUJU_RELATION", "database", "JUJU_RELATION_ID", "database:7", "JUJU_REMOTE_APP", "app", "JUJU_REMOTE_UNIT", "")).Hook;

        Assert.Null(hook.RemoteUnit);
        Assert.Equal("app", hook.RemoteApp);
    }

    [Fact]
    public void The_remote_app_falls_back_to_the_remote_unit_and_may_be_missing_in_relation_broken()
    {
        var changed = HookEnvironment.Parse(Env("hooks/db-relation-changed", "JUJU_RELATION_ID", "db:2", "JUJU_REMOTE_UNIT", "client-app/4")).Hook;
        var broken = HookEnvironment.Parse(Env("hooks/db-relation-broken", "JUJU_RELATION_ID", "db:2")).Hook;

        Assert.Equal(("client-app", "db", 2), (changed.RemoteApp, changed.RelationName, changed.RelationId!.Value));
        Assert.Null(broken.RemoteApp);
        Assert.Equal(2, broken.RelationId);
        Assert.Throws<HookEnvironmentException>(() => HookEnvironment.Parse(Env("hooks/db-relation-created", "JUJU_RELATION_ID", "db:2")));
    }

    [Fact]
    public void An_endpoint_named_like_a_hook_suffix_is_split_at_the_last_relation_kind()
    {
        var hook = HookEnvironment.Parse(Env("hooks/foo-relation-relation-joined", "JUJU_RELATION_ID", "foo-relation:1", "JUJU_REMOTE_UNIT", "a/0")).Hook;

        Assert.Equal("foo-relation", hook.RelationName);
    }

    [Theory]
    [InlineData("secret-changed", null)]
    [InlineData("secret-rotate", null)]
    [InlineData("secret-remove", 3)]
    [InlineData("secret-expired", 3)]
    public void Secret_hooks_carry_id_label_and_the_revision_where_Juju_gives_one(string name, int? revision)
    {
        var pairs = new List<string> { "JUJU_SECRET_ID", "secret://m-uuid/abc", "JUJU_SECRET_LABEL", "database.7.user.secret" };
        if (revision is not null) pairs.AddRange(new[] { "JUJU_SECRET_REVISION", "3" });

        var hook = HookEnvironment.Parse(Env("hooks/" + name, pairs.ToArray())).Hook;

        Assert.Equal(new HookContext(name) { SecretId = "secret://m-uuid/abc", SecretLabel = "database.7.user.secret", SecretRevision = revision }, hook);
    }

    [Fact]
    public void Secret_remove_without_a_revision_and_a_secret_hook_without_an_id_are_refused()
    {
        Assert.Equal("JUJU_SECRET_REVISION", Assert.Throws<HookEnvironmentException>(() => HookEnvironment.Parse(Env("hooks/secret-remove", "JUJU_SECRET_ID", "secret:x"))).Variable);
        Assert.Equal("JUJU_SECRET_ID", Assert.Throws<HookEnvironmentException>(() => HookEnvironment.Parse(Env("hooks/secret-changed"))).Variable);
    }

    [Fact]
    public void An_action_is_named_with_the_action_suffix_and_flagged()
    {
        var hook = HookEnvironment.Parse(Env("actions/rotate-password", "JUJU_ACTION_NAME", "rotate-password", "JUJU_ACTION_UUID", "17", "JUJU_HOOK_NAME", "")).Hook;

        Assert.Equal(("rotate-password-action", "rotate-password", "17", true), (hook.Name, hook.ActionName, hook.ActionId, hook.IsAction));
        Assert.Equal("JUJU_ACTION_NAME", Assert.Throws<HookEnvironmentException>(() => HookEnvironment.Parse(Env("actions/rotate-password", "JUJU_ACTION_NAME", "other"))).Variable);
    }

    [Fact]
    public void Without_a_dispatch_path_argv0_names_the_hook_and_legacy_CHARM_DIR_is_read()
    {
        var env = Env("x");
        env.Remove("JUJU_DISPATCH_PATH");
        env.Remove("JUJU_CHARM_DIR");
        env["CHARM_DIR"] = "/charm";

        var parsed = HookEnvironment.Parse(env, "/charm/hooks/config-changed");

        Assert.Equal(("config-changed", "hooks/config-changed", "/charm"), (parsed.Hook.Name, parsed.DispatchPath, parsed.CharmDir));
        Assert.Equal("argv[0]", Assert.Throws<HookEnvironmentException>(() => HookEnvironment.Parse(env, "/charm/dispatch")).Variable);
        Assert.Equal("JUJU_DISPATCH_PATH", Assert.Throws<HookEnvironmentException>(() => HookEnvironment.Parse(env)).Variable);
    }

    [Theory]
    [InlineData("JUJU_VERSION", "2.9.42.4", true)]
    [InlineData("JUJU_VERSION", "3.1-beta1", true)]
    [InlineData("JUJU_VERSION", "v3", false)]
    [InlineData("JUJU_UNIT_NAME", "db/x", false)]
    [InlineData("JUJU_UNIT_NAME", "/0", false)]
    [InlineData("JUJU_UNIT_NAME", "", false)]
    [InlineData("JUJU_DISPATCH_PATH", "charm/install", false)]
    [InlineData("JUJU_DISPATCH_PATH", "hooks/", false)]
    public void Values_are_checked_for_their_shape(string variable, string value, bool accepted)
    {
        var env = Env("hooks/start", variable, value);

        if (accepted) Assert.Equal("start", HookEnvironment.Parse(env).Hook.Name);
        else Assert.Equal(variable, Assert.Throws<HookEnvironmentException>(() => HookEnvironment.Parse(env)).Variable);
    }
}
