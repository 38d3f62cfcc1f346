using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>
/// Bad input reaching a handler gets a typed error or a warning that names the relation and key,
/// leaves every databag as it was (the failed hook's writes are discarded), and prints no secret.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void Malformed_requests_fail_the_provider_hook_naming_relation_and_key_and_change_nothing()
    {
        var charms = new TwoCharms();
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Juju.UpdateDatabag(relation, "app", new Dictionary<string, string> { ["requests"] = "[{\"resource\": \"clientdb\"" });
        var before = charms.Databags(relation);

        var runs = charms.Simulator.Sync("app", "db", relation);

        var error = Assert.IsType<RelationDataException>(Assert.Single(runs, r => r.Unit == "db/0").Result.Error);
        Assert.Contains("relation database:0", error.Message);
        Assert.Contains("requests", error.Message);
        Assert.Equal(before, charms.Databags(relation));
    }

    [Fact]
    public void A_response_for_an_unknown_request_is_skipped_with_a_warning_naming_its_id()
    {
        var charms = new TwoCharms(answer: false);
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Simulator.Settle();
        var requestId = RequestIdsOf(charms, relation).Single();
        charms.Operate("db/0", handler => handler.SetResponses(relation, new[]
        {
            new ResourceProviderModel { RequestId = "0123456789abcdef", Resource = "other", Username = "u", Password = TwoCharms.Password },
            new ResourceProviderModel { RequestId = requestId, Resource = "clientdb", Username = "u", Password = TwoCharms.Password },
        }));

        var runs = charms.Simulator.Sync("db", "app", relation);

        Assert.All(runs, r => Assert.True(r.Result.Committed, r.ToString()));
        Assert.Contains(charms.Juju.Logs("app/0"), l => l.Level == Juju.JujuLogLevel.Warning && l.Message.Contains("0123456789abcdef") && l.Message.Contains("database:0"));
        Assert.Equal(new[] { "resource_created" }, charms.Events);
    }

    [Fact]
    public void A_secret_the_client_may_not_read_fails_its_hook_naming_the_secret_but_not_its_content()
    {
        var charms = new TwoCharms(answer: false);
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Simulator.Settle();
        var requestId = RequestIdsOf(charms, relation).Single();
        // A secret the provider never granted, named by the response.
        var hidden = charms.Juju.AddSecret("db", "unrelated.secret", new Dictionary<string, string> { ["password"] = TwoCharms.Password });
        charms.Juju.UpdateDatabag(relation, "db", new Dictionary<string, string>
        {
            ["version"] = "v1",
            ["data"] = $"{{\"{requestId}\": {{\"resource\": \"clientdb\", \"request-id\": \"{requestId}\", \"salt\": \"SALT000000000001\"}}}}",
            ["requests"] = $"[{{\"resource\": \"clientdb\", \"request-id\": \"{requestId}\", \"salt\": \"s\", \"secret-user\": \"{hidden}\"}}]",
        });
        var before = charms.Databags(relation);

        var run = Assert.Single(charms.Simulator.Sync("db", "app", relation));

        var error = Assert.IsType<RelationDataException>(run.Result.Error);
        Assert.Contains("database:0", error.Message);
        Assert.Contains(hidden, error.Message);
        Assert.DoesNotContain(TwoCharms.Password, error.ToString());
        Assert.Equal(before, charms.Databags(relation));
        Assert.Empty(charms.Events);
    }

    [Fact]
    public void A_non_leader_cannot_answer_and_says_so_without_touching_the_databag()
    {
        var charms = new TwoCharms(answer: false);
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Simulator.Settle();
        var before = charms.Databags(relation);

        var result = charms.Operate("db/1", handler => handler.SetResponse(relation, new ResourceProviderModel { RequestId = "x", Password = TwoCharms.Password }));

        Assert.True(result.Committed);
        Assert.Contains(result.Logs, l => l.Message.Contains("database:0") && l.Message.Contains("leader"));
        Assert.DoesNotContain(result.Logs, l => l.Message.Contains(TwoCharms.Password));
        Assert.Equal(before, charms.Databags(relation));
    }

    private static IReadOnlyList<string> RequestIdsOf(TwoCharms charms, int relation) =>
        RequirerDataContractV1<RequirerCommonModel>.ReadDatabag(charms.Juju.Databag(relation, "app"), new ModelReadContext())
            .Requests.Select(r => r.RequestId!).ToList();
}
