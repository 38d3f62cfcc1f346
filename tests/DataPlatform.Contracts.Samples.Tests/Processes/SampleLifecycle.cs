using System.Globalization;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Samples.Tests.Processes;

/// <summary>
/// The demo's lifecycle (samples/Demo/DemoScript.cs) for the sample charms however they run: relate,
/// request, respond, read-only endpoints, a password rotation through secret-changed, a status raised
/// and resolved through actions, a second client with two requests, the first relation broken. Two
/// units on each side but the second client, so non-leaders take part too. The model is recorded
/// after every hook and action.
/// </summary>
public sealed class SampleLifecycle
{
    public const string Db = "demo-postgresql";
    public const string App = "demo-app";
    public const string SecondApp = "demo-reporting";

    /// <summary>The first client's audit token: it shares it with the provider in a secret of its own.</summary>
    public const string AuditToken = "audit-token-3f9a1c";

    private readonly RelationSimulator _sim;

    /// <summary>Deploys the three applications; <paramref name="deploy"/> deploys one (name, charm, units).</summary>
    public SampleLifecycle(InMemoryJuju juju, Action<InMemoryJuju, string, string, int> deploy)
    {
        Juju = juju;
        _sim = new RelationSimulator(juju);
        juju.HookRan += run => Snapshots.Add((run, ModelSnapshot.Of(juju)));
        deploy(juju, Db, Db, 2);
        deploy(juju, App, App, 2);
        deploy(juju, SecondApp, App, 1);
    }

    public InMemoryJuju Juju { get; }

    /// <summary>The model after every hook, in order.</summary>
    public List<(HookRun Run, ModelSnapshot Model)> Snapshots { get; } = new();

    /// <summary>The relation of <see cref="App"/>, once related.</summary>
    public int FirstRelation { get; private set; }

    /// <summary>Runs the whole lifecycle.</summary>
    public SampleLifecycle Run()
    {
        Juju.Configure(App, new Dictionary<string, string?> { ["audit-token"] = AuditToken });
        Juju.Configure(SecondApp, new Dictionary<string, string?> { ["databases"] = "orders,analytics" });
        FirstRelation = _sim.Integrate(App, "database", Db, "database");
        _sim.Settle();
        Operate("publish-read-only-endpoints", ("relation-id", FirstRelation), ("endpoints", "10.0.0.2:5432"));
        Operate("rotate-password", ("relation-id", FirstRelation));
        Operate("raise-status", ("relation-id", FirstRelation), ("code", 4001));
        Operate("resolve-status", ("relation-id", FirstRelation), ("code", 4001));
        _sim.Integrate(SecondApp, "database", Db, "database");
        _sim.Settle();
        _sim.Break(FirstRelation);
        return this;
    }

    // An action on the provider's leader, like `juju run`, then the hooks its writes cause.
    private void Operate(string action, params (string Name, object Value)[] parameters)
    {
        var given = parameters.ToDictionary(p => p.Name, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)!);
        var run = Juju.RunAction(Juju.LeaderOf(Db)!, action, given);
        if (run.Failed) throw new InvalidOperationException($"the action {action} failed: {run.Message}", run.Hook.Error);
        _sim.Settle();
    }

    /// <summary>The sample charms built in this process on the in-memory backend, as the demo runs them.</summary>
    public static void InProcess(InMemoryJuju juju, string app, string charm, int units)
    {
        Func<CharmHost, object> factory = charm == Db ? global::Charms.Provider.Program.Charm : global::Charms.Requirer.Program.Charm;
        juju.Deploy(app, SampleCharms.SourceDirectory(charm), factory, units);
    }
}
