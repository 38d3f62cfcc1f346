using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.Tests.Charms;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>An <see cref="InMemoryJuju"/> of scripted charms: tests add observers and run one-off actions inside hooks.</summary>
internal sealed class TestModel
{
    private readonly Dictionary<string, Dictionary<string, Action<IJujuBackend, HookContext>>> _scripts = new();

    public InMemoryJuju Juju { get; } = new();

    public AppHandle Deploy(string app, CharmMetadata metadata, int units = 1)
    {
        var script = new Dictionary<string, Action<IJujuBackend, HookContext>>();
        _scripts[app] = script;
        return Juju.Deploy(app, metadata, host => new ScriptedCharm(host, script), units);
    }

    /// <summary>db (provider, 2 units, peers) and app (requirer, 2 units), related; returns the relation id.</summary>
    public int DbAndApp(int dbUnits = 2, int appUnits = 2)
    {
        Deploy("db", Metadata.Db, dbUnits);
        Deploy("app", Metadata.App, appUnits);
        return Juju.Relate("app", "database", "db", "database");
    }

    public void On(string app, string hook, Action<IJujuBackend, HookContext> action) => _scripts[app][hook] = action;

    /// <summary>Runs <paramref name="action"/> inside a hook on <paramref name="unit"/>.</summary>
    public HookResult Do(string unit, Action<IJujuBackend> action)
    {
        var script = _scripts[unit.Split('/')[0]];
        script["test-action"] = (backend, _) => action(backend);
        try
        {
            return Juju.RunHook(unit, new HookContext("test-action"));
        }
        finally
        {
            script.Remove("test-action");
        }
    }

    /// <summary>Runs <paramref name="read"/> inside a hook that must succeed and returns its value.</summary>
    public T Get<T>(string unit, Func<IJujuBackend, T> read)
    {
        T value = default!;
        var result = Do(unit, backend => value = read(backend));
        Assert.True(result.Committed, result.Error?.ToString());
        return value;
    }

    /// <summary>Like <see cref="Do"/>, asserting that the hook succeeded.</summary>
    public void Ok(string unit, Action<IJujuBackend> action)
    {
        var result = Do(unit, action);
        Assert.True(result.Committed, result.Error?.ToString());
    }

    /// <summary>Runs <paramref name="action"/> in a hook and returns the exception it threw (the hook fails).</summary>
    public TException Fails<TException>(string unit, Action<IJujuBackend> action)
        where TException : Exception
    {
        var result = Do(unit, action);
        Assert.False(result.Committed);
        return Assert.IsType<TException>(result.Error);
    }

    public static Dictionary<string, string> Bag(params string[] pairs)
    {
        var bag = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2) bag[pairs[i]] = pairs[i + 1];
        return bag;
    }
}
