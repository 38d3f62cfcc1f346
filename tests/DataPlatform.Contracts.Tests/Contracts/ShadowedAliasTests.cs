using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Contracts;

/// <summary>
/// A request with an alias and the member's own key, <c>{"database": "a", "resource": "b"}</c>, as
/// pydantic 2.13 reads and dumps it (run for this test): the alias wins the member
/// (<c>resource == "a"</c>) and <c>resource: "b"</c> stays an extra; <c>json.dumps(model_dump())</c>
/// then writes the key once, in the member's place, with the extra's value (the dict's update keeps
/// the key's first position): <c>{"resource": "b", ...}</c> (docs/protocol/serialization.md#input-keys).
/// </summary>
public sealed class ShadowedAliasTests
{
    private const string Input = "{\"database\": \"a\", \"resource\": \"b\", \"salt\": \"s\"}";

    [Fact]
    public void The_alias_wins_the_member()
    {
        Assert.Equal("a", RelationModels.FromJson<RequirerCommonModel>(Input).Resource);
    }

    [Fact]
    public void The_json_dump_writes_the_key_once_in_the_members_place_with_the_extras_value()
    {
        var json = RelationModels.ToJson(RelationModels.FromJson<RequirerCommonModel>(Input));

        Assert.StartsWith("{\"resource\": \"b\", \"request-id\": null, \"salt\": \"s\", ", json, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"resource\""));
    }

    [Fact]
    public void The_databag_holds_the_extras_value()
    {
        var databag = new Databag();
        ((IRelationModel)RelationModels.FromJson<RequirerCommonModel>(Input)).WriteDatabag(databag, ModelWriteContext.Full);

        Assert.Equal("b", databag["resource"]);
    }
}
