using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Juju.HookTools;

namespace DataPlatform.Contracts.Testing.Tests.FakeHookTools;

/// <summary>
/// Each IJujuBackend member gives the same answer, or the same typed error, on the in-memory
/// backend directly and on <see cref="HookToolBackend"/> through the fake tools: the fake decodes
/// the backend's argv, and Juju's stderr strings map back to the error the in-memory unit raised.
/// </summary>
public sealed class BackendParityTests
{
    private readonly TestModel _model = new();
    private readonly int _relation;
    private readonly string _secret;

    public BackendParityTests()
    {
        _relation = _model.DbAndApp();
        _model.Juju.UpdateDatabag(_relation, "app", new Dictionary<string, string> { ["database"] = "mydb" });
        _model.Juju.UpdateDatabag(_relation, "app/1", new Dictionary<string, string> { ["ingress"] = "10.1.1.1" });
        _secret = _model.Get("db/0", b =>
        {
            var id = b.SecretAdd(new Dictionary<string, string> { ["password"] = "p1" }, "db.user", SecretOwner.Application);
            b.SecretGrant(id, _relation);
            return id;
        });
    }

    /// <summary>What <paramref name="call"/> answers on <paramref name="unit"/>, both ways: a text form of the result, or the error's type.</summary>
    private (string Direct, string ThroughTools) Both(string unit, Func<IJujuBackend, object?> call)
    {
        // Both runs fail their hook on purpose, so that each starts from the same committed model.
        var direct = "";
        _model.Do(unit, b =>
        {
            direct = Outcome(() => call(b));
            throw new OperationCanceledException("discard");
        });
        var throughTools = "";
        var hook = Hooks.Relation("changed", "database", _relation, unit.StartsWith("db", StringComparison.Ordinal) ? "app" : "db");
        _model.Juju.RunHookThroughTools(unit, hook, session =>
        {
            var backend = new HookToolBackend(unit, session.ModelUuid, hook, JujuVersion.Parse(session.JujuVersion), new ProcessHookToolRunner(session.Environment));
            throughTools = Outcome(() => call(backend));
            return 1;
        });
        return (direct, throughTools);
    }

    private static string Outcome(Func<object?> call)
    {
        try
        {
            return call() switch
            {
                null => "null",
                string s => s,
                System.Collections.IEnumerable e => string.Join(",", e.Cast<object>()),
                var other => other.ToString() ?? "",
            };
        }
        catch (JujuException e)
        {
            return e.GetType().Name;
        }
    }

    public static TheoryData<string, string> Calls => new()
    {
        { "db/0", "is-leader" },
        { "db/1", "is-leader" },
        { "db/0", "relation-ids" },
        { "db/0", "relation-list" },
        { "db/0", "relation-list-app" },
        { "db/0", "relation-get-app" },
        { "db/0", "relation-get-unit" },
        { "db/0", "relation-get-gone" },
        { "db/1", "relation-get-own-app" },
        { "db/1", "relation-set-own-app" },
        { "db/0", "secret-info-get" },
        { "db/1", "secret-add-app" },
        { "app/0", "secret-get" },
        { "app/0", "secret-get-unknown" },
        { "app/0", "secret-info-get-foreign" },
        { "app/0", "secret-grant-foreign" },
        { "db/0", "secret-peek-after-set" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Same_answer_both_ways(string unit, string what)
    {
        Func<IJujuBackend, object?> call = what switch
        {
            "is-leader" => b => b.IsLeader(),
            "relation-ids" => b => b.RelationIds("database"),
            "relation-list" => b => b.RelationUnits(_relation),
            "relation-list-app" => b => b.RemoteApp(_relation),
            "relation-get-app" => b => Text(b.RelationGet(_relation, "app")),
            "relation-get-unit" => b => Text(b.RelationGet(_relation, "app/1")),
            "relation-get-gone" => b => Text(b.RelationGet(_relation + 7, "app/1")),
            "relation-get-own-app" => b => Text(b.RelationGet(_relation, "db")),
            "relation-set-own-app" => b =>
            {
                b.RelationSet(_relation, new Dictionary<string, string> { ["k"] = "v" }, app: true);
                return null;
            },
            "secret-info-get" => b => b.SecretInfoGet(null, "db.user").Revision,
            "secret-add-app" => b => b.SecretAdd(new Dictionary<string, string> { ["password"] = "x" }, null, SecretOwner.Application),
            "secret-get" => b => Text(b.SecretGet(_secret, "app.user", SecretRead.Tracked)),
            "secret-get-unknown" => b => Text(b.SecretGet("secret:0099", null, SecretRead.Tracked)),
            "secret-info-get-foreign" => b => b.SecretInfoGet(_secret, null).Revision,
            "secret-grant-foreign" => b =>
            {
                b.SecretGrant(_secret, _relation);
                return null;
            },
            _ => b =>
            {
                b.SecretSet(_secret, new Dictionary<string, string> { ["password"] = "p2" });
                return Text(b.SecretGet(_secret, null, SecretRead.Peek));
            },
        };
        var (direct, throughTools) = Both(unit, call);
        Assert.Equal(direct, throughTools);
    }

    [Fact]
    public void The_error_cases_are_the_typed_errors_of_the_spec()
    {
        Assert.Equal("RelationNotFoundException", Both("db/0", b => b.RelationGet(_relation + 7, "app/1")).ThroughTools);
        Assert.Equal("RelationAccessDeniedException", Both("db/1", b => b.RelationGet(_relation, "db")).ThroughTools);
        Assert.Equal("NotLeaderException", Both("db/1", b => b.SecretAdd(new Dictionary<string, string> { ["password"] = "x" }, null, SecretOwner.Application)).ThroughTools);
        Assert.Equal("SecretNotFoundException", Both("app/0", b => b.SecretGet("secret:0099", null, SecretRead.Tracked)).ThroughTools);
        Assert.Equal("SecretNotFoundException", Both("app/0", b => b.SecretInfoGet(_secret, null)).ThroughTools);
    }

    private static string Text(IReadOnlyDictionary<string, string> bag) => string.Join(",", bag.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
}
