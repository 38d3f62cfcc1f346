using System.Text.Json;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Conformance.Tests.Scenarios;
using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>
/// The bridge delivers as the conformance README says ("Delivery between sides"), checked with a
/// sending side written from outside and a receiving charm that notes what it sees in each hook.
/// </summary>
public sealed class ScenarioBridgeTests
{
    private const string Setup = """
        {"relations": [{"provider": "sender", "relation_id": 0, "requirer": "receiver"}],
         "receiver": {"app": "req", "unit": "req/0", "endpoint": "database", "interface": "x", "handler": "ResourceRequirerEventHandler", "library": "v1"},
         "sender": {"app": "prov", "unit": "prov/0", "endpoint": "database", "interface": "x", "handler": "ResourceProviderEventHandler", "library": "v1"}}
        """;

    private readonly List<string> _seen = new();
    private readonly SideModel _sender;
    private readonly SideModel _receiver;
    private string? _secret;

    public ScenarioBridgeTests()
    {
        var setup = ScenarioSetup.Parse(JsonDocument.Parse(Setup).RootElement);
        _sender = new SideModel(setup, setup.Side("sender"), 0, _ => new object());
        _receiver = new SideModel(setup, setup.Side("receiver"), 1, Receiver);
        _sender.AddRelation(0);
        _receiver.AddRelation(0);
        _secret = _sender.Juju.AddSecret("prov", "label", new Dictionary<string, string> { ["password"] = "one" }, new Dictionary<int, string> { [0] = "req" });
        Write(app: "1", unit: "1");
        Sync();
        _seen.Clear();
    }

    [Fact]
    public void Until_a_sync_the_receiver_sees_the_sender_as_at_the_last_sync()
    {
        Write(app: "2", unit: "2");
        _sender.Juju.SetSecretContent(_secret!, new Dictionary<string, string> { ["password"] = "two" });

        Assert.Equal("1", _receiver.Juju.Databag(0, "prov")["k"]);
        Assert.Equal("1", _receiver.Juju.Databag(0, "prov/0")["k"]);
        Assert.Equal(1, _receiver.Juju.Secret(_secret!).LatestRevision);
        Sync();
        Assert.Equal("2", _receiver.Juju.Databag(0, "prov")["k"]);
        Assert.Equal(2, _receiver.Juju.Secret(_secret!).LatestRevision);
    }

    [Fact]
    public void A_sync_delivers_secret_changed_with_the_old_databags_then_the_app_then_the_unit_databag()
    {
        Write(app: "2", unit: "2");
        _sender.Juju.SetSecretContent(_secret!, new Dictionary<string, string> { ["password"] = "two" });

        Sync();

        Assert.Equal(new[]
        {
            "secret-changed app=1 unit=1",
            "database-relation-changed app=2 unit=1",
            "database-relation-changed(prov/0) app=2 unit=2",
        }, _seen);
    }

    [Fact]
    public void A_removed_secret_stays_in_the_receivers_view_until_the_sync()
    {
        _sender.Juju.RemoveSecret(_secret!);

        Assert.Contains(_receiver.Juju.Secrets, s => s.Id == _secret);
        Sync();
        Assert.DoesNotContain(_receiver.Juju.Secrets, s => s.Id == _secret);
        Assert.Empty(_seen);
    }

    [Fact]
    public void A_failing_hook_ends_the_sync_and_the_next_sync_delivers_the_rest()
    {
        Write(app: "fail", unit: "2");

        Sync();
        Assert.Equal(new[] { "database-relation-changed app=fail unit=1" }, _seen);
        Assert.Equal("1", _receiver.Juju.Databag(0, "prov/0")["k"]);

        _seen.Clear();
        Write(app: "3", unit: "2");
        Sync();
        Assert.Equal(new[] { "database-relation-changed app=3 unit=1", "database-relation-changed(prov/0) app=3 unit=2" }, _seen);
    }

    [Fact]
    public void Nothing_changed_delivers_nothing()
    {
        Sync();

        Assert.Empty(_seen);
    }

    private void Write(string app, string unit)
    {
        _sender.Juju.UpdateDatabag(0, "prov", new Dictionary<string, string> { ["k"] = app });
        _sender.Juju.UpdateDatabag(0, "prov/0", new Dictionary<string, string> { ["k"] = unit });
    }

    private void Sync() => ScenarioBridge.Sync(_sender, _receiver, 0, hook => _receiver.Juju.RunHook("req/0", hook).Committed);

    // Tracks the secret on every relation-changed, and notes the sender's databags as each hook
    // sees them; fails relation-changed when the sender's app databag says "fail".
    private object Receiver(CharmHost host)
    {
        void Note(HookContext hook)
        {
            var unit = host.Backend.RelationGet(0, "prov/0").GetValueOrDefault("k");
            _seen.Add($"{hook.Name}{(hook.RemoteUnit is null ? "" : $"({hook.RemoteUnit})")} app={host.Backend.RelationGet(0, "prov")["k"]} unit={unit}");
        }
        host.Observe("secret-changed", Note);
        host.Observe("database-relation-changed", hook =>
        {
            host.Backend.SecretGet(_secret, null, SecretRead.Tracked);
            Note(hook);
            if (host.Backend.RelationGet(0, "prov")["k"] == "fail") throw new InvalidOperationException("the receiver's hook fails");
        });
        return new object();
    }
}
