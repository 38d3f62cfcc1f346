using Charms.Provider;
using Charms.Requirer;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;

namespace Demo;

/// <summary>
/// Relates the sample charms in an in-memory Juju and prints, hook by hook, the hooks Juju runs,
/// the library events they raise and the databags they leave; secret values are never printed.
/// </summary>
public sealed class DemoScript
{
    private const string Db = "demo-postgresql";
    private const string App = "demo-app";
    private const string SecondApp = "demo-reporting";

    private readonly TextWriter _out;
    private readonly System.Text.StringBuilder _printed = new();
    private readonly InMemoryJuju _juju = new();
    private readonly RelationSimulator _sim;
    private readonly FakeDatabaseServer _server = new();
    private readonly List<(int Hook, string Line)> _events = new();

    public DemoScript(TextWriter output)
    {
        _out = new TeeWriter(output, _printed);
        _sim = new RelationSimulator(_juju);
        var schema = StatusSchema.Load(Path.Combine(AppContext.BaseDirectory, "status-schema.json"));
        // Each charm is deployed from its own charmcraft.yaml, copied next to the demo by the sample's project.
        _juju.Deploy(Db, CharmDirectory(Db), host => Provider(host, schema));
        _juju.Deploy(App, CharmDirectory(App), host => Requirer(host, new[] { "inventory" }));
        _juju.Deploy(SecondApp, CharmDirectory(App), host => Requirer(host, new[] { "orders", "analytics" }));
    }

    private static string CharmDirectory(string charm) => Path.Combine(AppContext.BaseDirectory, "charms", charm);

    /// <summary>Runs the whole lifecycle; returns the process exit code.</summary>
    public int Run()
    {
        Phase($"1. relate {App} to {Db}: the client asks for a database, the provider answers");
        var relation = Integrate(App);
        Show(_sim.Settle());
        ShowDatabags(relation);

        Phase("2. the operator moves reads to a read-only endpoint");
        Operate("publish-read-only-endpoints", ("relation-id", relation), ("endpoints", "10.0.0.2:5432"));
        Show(_sim.Settle());

        Phase("3. the operator rotates the client's password (a new secret revision, no databag change)");
        Operate("rotate-password", ("relation-id", relation));
        Show(_sim.Settle());
        ShowSecrets();

        Phase("4. the provider raises a status, then resolves it");
        Operate("raise-status", ("relation-id", relation), ("code", 4001));
        Show(_sim.Settle());
        Operate("resolve-status", ("relation-id", relation), ("code", 4001));
        Show(_sim.Settle());

        Phase($"5. a second client, {SecondApp}, with two requests on one relation");
        var second = Integrate(SecondApp);
        Show(_sim.Settle());
        ShowDatabags(second);

        Phase($"6. {App} removes its relation: the provider removes the secrets it made for it (D17)");
        Show(_sim.Break(relation));
        ShowSecrets();

        var leaked = _server.Issued.Count(password => Printed.Contains(password, StringComparison.Ordinal));
        _out.WriteLine();
        _out.WriteLine($"{Db}/0 status: {_juju.Status(Db + "/0")?.Status.ToString().ToLowerInvariant()} ({_juju.Status(Db + "/0")?.Message})");
        _out.WriteLine($"demo finished: {_juju.History.Count} hooks run, {_juju.History.Count(h => !h.Result.Committed)} failed, {leaked} secret values printed");
        return leaked == 0 && _juju.History.All(h => h.Result.Committed) ? 0 : 1;
    }

    private string Printed => _printed.ToString();

    private object Provider(CharmHost host, StatusSchema schema)
    {
        var charm = new ProviderCharm(host, _server, schema);
        var database = charm.Database;
        database.ResourceRequested += e => Event($"resource_requested: {e.Request.Resource} (request {e.Request.RequestId})");
        return charm;
    }

    private object Requirer(CharmHost host, IReadOnlyList<string> databases)
    {
        var config = new DemoApplication(new EventWriter(this));
        var charm = new RequirerCharm(host, config, databases);
        var database = charm.Database;
        database.ResourceCreated += e => Event($"resource_created: {e.Response.Resource} for {host.Backend.UnitName}");
        database.ReadOnlyEndpointsChanged += e => Event($"read_only_endpoints_changed: {e.Response.ReadOnlyEndpoints}");
        database.EndpointsChanged += e => Event($"endpoints_changed: {e.Response.Endpoints}");
        database.AuthenticationUpdated += e => Event($"authentication_updated: {e.Response.Resource} (new credentials read from the secret)");
        database.StatusRaised += e => Event($"status_raised: {e.Status.Code} {e.Status.Message}");
        database.StatusResolved += e => Event($"status_resolved: {e.Status.Code}");
        return charm;
    }

    // A Juju action of the provider (declared in its charmcraft.yaml), run on its leader like `juju run`:
    // its writes commit like any hook's, and its results are what the operator sees.
    private void Operate(string action, params (string Name, object Value)[] parameters)
    {
        var leader = _juju.LeaderOf(Db)!;
        var given = parameters.ToDictionary(p => p.Name, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!);
        var run = _juju.RunAction(leader, action, given);
        Show(new[] { _juju.History[^1] });
        var results = string.Join(", ", run.Results.Select(r => $"{r.Key}={r.Value}"));
        _out.WriteLine($"      action {action}: {(run.Failed ? "failed: " + run.Message : "completed")} {{{results}}}");
        if (run.Failed) throw new InvalidOperationException($"The action {action} failed.", run.Hook.Error);
    }

    private int Integrate(string app)
    {
        var before = _juju.History.Count;
        var relation = _sim.Integrate(app, "database", Db, "database");
        Show(_juju.History.Skip(before));
        return relation;
    }

    private void Event(string line) => _events.Add((_juju.History.Count + 1, line));

    private void Phase(string title)
    {
        _out.WriteLine();
        _out.WriteLine("== " + title);
    }

    private void Show(IEnumerable<HookRun> runs)
    {
        foreach (var run in runs)
        {
            var remote = run.Hook.RemoteUnit ?? run.Hook.RemoteApp;
            var about = run.Hook.SecretLabel is { } label ? $" [{label}]" : remote is not null ? $" (from {remote})" : "";
            _out.WriteLine($"  hook {run.Sequence,3}: {run.Unit,-20} {run.Hook.Name}{about}{(run.Result.Committed ? "" : " FAILED: " + run.Result.Error?.Message)}");
            foreach (var (_, line) in _events.Where(e => e.Hook == run.Sequence)) _out.WriteLine("      event: " + line);
        }
    }

    private void ShowDatabags(int relation)
    {
        var view = _juju.Relation(relation);
        _out.WriteLine($"  databags of relation {relation} (secret values live in Juju secrets, never here):");
        foreach (var member in new[] { view.AppA, view.AppB }.SelectMany(app => new[] { app }.Concat(_juju.App(app).Units)))
        {
            foreach (var (key, value) in _juju.Databag(relation, member).OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                _out.WriteLine($"    {member,-20} {key} = {value}");
            }
        }
    }

    private void ShowSecrets()
    {
        _out.WriteLine("  secrets (content keys shown, values masked):");
        foreach (var secret in _juju.Secrets)
        {
            var content = string.Join(", ", secret.LatestContent.Keys.Select(k => k + "=***"));
            _out.WriteLine($"    {secret.Id} owner={secret.OwnerApp} label={secret.OwnerLabel} revision={secret.LatestRevision} {{{content}}}");
        }
    }

    // Everything printed is also kept, to prove at the end that no secret value was printed.
    private sealed class TeeWriter(TextWriter inner, System.Text.StringBuilder copy) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            inner.Write(value);
            copy.Append(value);
        }

        public override void Write(string? value)
        {
            inner.Write(value);
            copy.Append(value);
        }

        public override void WriteLine(string? value)
        {
            inner.WriteLine(value);
            copy.Append(value).Append('\n');
        }
    }

    // The application's own messages belong to the hook that is running.
    private sealed class EventWriter(DemoScript demo) : StringWriter
    {
        public override void WriteLine(string? value) => demo._events.Add((demo._juju.History.Count + 1, (value ?? "").Trim()));
    }
}
