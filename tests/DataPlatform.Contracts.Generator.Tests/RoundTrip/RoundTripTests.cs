using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generator.Tests.RoundTrip;

/// <summary>
/// Generated code of models declared in this project, run: JSON texts are the ones of
/// docs/protocol/databags.md#v1-requirer (a V1 request object), extended with the user model's own pointers.
/// </summary>
public class RoundTripTests
{
    // docs/protocol/databags.md#v1-requirer, request 1, as the Python requirer writes it.
    private const string SpecRequest =
        "{\"resource\": \"data_platform\", \"request-id\": \"c759221a6c14c72a\", \"salt\": \"kkkkkkkk\", " +
        "\"extra-user-roles\": \"CREATEDB,CREATEROLE\", \"extra-group-roles\": null, \"external-node-connectivity\": false, " +
        "\"entity-type\": null, \"entity-permissions\": null, \"secret-mtls\": null";

    // The same request of ExtendedCommonModel: its own pointers follow the base members.
    private const string ExtendedRequest = SpecRequest + ", \"secret-extra\": null, \"secret-mygroup\": null}";

    private static ExtendedCommonModel SpecModel() => new()
    {
        Resource = "data_platform",
        RequestId = "c759221a6c14c72a",
        Salt = "kkkkkkkk",
        ExtraUserRoles = "CREATEDB,CREATEROLE",
    };

    private static string Write(IRelationModel model, ModelWriteContext context)
    {
        var writer = new PythonJsonWriter();
        model.WriteJson(writer, context);
        return writer.ToString();
    }

    private static T Read<T>(string json, ISecretRepository? secrets = null) where T : IRelationModel, new()
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        var model = new T();
        model.ReadJson(ref reader, new ModelReadContext(secrets));
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        return model;
    }

    [Fact]
    public void A_full_write_is_the_spec_request_object_then_the_models_own_pointers()
    {
        Assert.Equal(ExtendedRequest, Write(SpecModel(), ModelWriteContext.Full));
    }

    [Fact]
    public void A_compact_write_is_the_spec_diff_memory_entry()
    {
        // docs/protocol/databags.md#v1-requirer, the provider's "data" entry for request 1.
        Assert.Equal(
            "{\"resource\": \"data_platform\", \"request-id\": \"c759221a6c14c72a\", \"salt\": \"kkkkkkkk\", \"extra-user-roles\": \"CREATEDB,CREATEROLE\"}",
            Write(SpecModel(), ModelWriteContext.Compact));
    }

    [Fact]
    public void The_spec_request_reads_back_and_writes_the_same_text()
    {
        var model = Read<ExtendedCommonModel>(ExtendedRequest);

        Assert.Equal("data_platform", model.Resource);
        Assert.Equal("c759221a6c14c72a", model.RequestId);
        Assert.Equal("kkkkkkkk", model.Salt);
        Assert.Equal("CREATEDB,CREATEROLE", model.ExtraUserRoles);
        Assert.False((model.UnknownKeys.Count > 0));
        Assert.Equal(ExtendedRequest, Write(model, ModelWriteContext.Full));
    }

    [Fact]
    public void Unknown_keys_are_kept_and_written_after_the_declared_members()
    {
        var input = "{\"custom\": [1, \"x\"], " + ExtendedRequest[1..^1] + ", \"later\": {\"a\": true}}";

        var model = Read<ExtendedCommonModel>(input);

        Assert.Equal(new[] { "custom", "later" }, model.UnknownKeys.Select(e => e.Key));
        Assert.Equal(ExtendedRequest[..^1] + ", \"custom\": [1, \"x\"], \"later\": {\"a\": true}}", Write(model, ModelWriteContext.Full));
    }

    [Fact]
    public void Secret_members_go_into_one_secret_per_group_and_only_their_pointers_into_the_json()
    {
        var secrets = new InMemorySecretRepository();
        var model = SpecModel();
        model.OperatorPassword = "op-pw";
        model.AuditToken = "audit-tok";

        var json = Write(model, ModelWriteContext.WithSecrets(secrets));

        Assert.Equal(2, secrets.Secrets.Count);
        var extra = Assert.Single(secrets.Secrets, s => s.Label == "test.0.c759221a6c14c72a.extra.secret");
        var mygroup = Assert.Single(secrets.Secrets, s => s.Label == "test.0.c759221a6c14c72a.mygroup.secret");
        Assert.Equal(new Dictionary<string, string> { ["operator-password"] = "op-pw" }, extra.Content);
        Assert.Equal(new Dictionary<string, string> { ["audit-token"] = "audit-tok" }, mygroup.Content);
        Assert.Equal(
            SpecRequest + $", \"secret-extra\": \"{extra.Id}\", \"secret-mygroup\": \"{mygroup.Id}\"}}",
            json);
        Assert.DoesNotContain("op-pw", json, StringComparison.Ordinal);
        Assert.DoesNotContain("audit-tok", json, StringComparison.Ordinal);
        Assert.DoesNotContain("operator-password", json, StringComparison.Ordinal);
        Assert.Equal(extra.Id, model.SecretExtra);
        Assert.Equal(mygroup.Id, model.SecretMygroup);

        var read = Read<ExtendedCommonModel>(json, secrets);

        Assert.Equal("op-pw", read.OperatorPassword);
        Assert.Equal("audit-tok", read.AuditToken);
        Assert.False((read.UnknownKeys.Count > 0));
    }

    [Fact]
    public void Without_a_repository_secret_members_are_neither_written_nor_stored()
    {
        var model = SpecModel();
        model.OperatorPassword = "op-pw";

        var json = Write(model, ModelWriteContext.Full);

        Assert.Equal(ExtendedRequest, json);
        Assert.Null(model.SecretExtra);
    }

    [Fact]
    public void The_database_alias_is_read_as_resource()
    {
        var model = Read<ExtendedCommonModel>("{\"database\": \"d1\", \"salt\": \"kkkkkkkk\"}");

        Assert.Equal("d1", model.Resource);
        Assert.False((model.UnknownKeys.Count > 0));
        Assert.StartsWith("{\"resource\": \"d1\", ", Write(model, ModelWriteContext.Full), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"database\": \"d1\", \"resource\": \"r1\"}")]
    [InlineData("{\"resource\": \"r1\", \"database\": \"d1\"}")]
    public void The_alias_wins_over_the_wire_name_which_stays_an_unknown_key(string json)
    {
        var model = Read<ExtendedCommonModel>(json);

        Assert.Equal("d1", model.Resource);
        var unknown = Assert.Single(model.UnknownKeys);
        Assert.Equal("resource", unknown.Key);
        Assert.Equal(WireValue.FromString("r1"), unknown.Value);
    }

    [Fact]
    public void Only_members_set_by_code_count_as_explicitly_set_even_when_set_to_null()
    {
        var model = new ExtendedCommonModel { OperatorPassword = null };

        Assert.True(((IRelationModel)model).IsExplicitlySet("operator-password"));
        foreach (var key in ((IRelationModel)model).WireKeys.Where(k => k != "operator-password"))
        {
            Assert.False(((IRelationModel)model).IsExplicitlySet(key), key);
        }
        Assert.Equal(new[] { "operator-password" }, ((IRelationModel)model).ExplicitlySetKeys);
    }

    [Fact]
    public void Update_copies_only_explicitly_set_members_and_never_salt_or_request_id()
    {
        var target = new ExtendedCommonModel
        {
            Resource = "db",
            RequestId = "mine-id",
            Salt = "mysalt00",
            ExtraUserRoles = "old",
            ExtraGroupRoles = "groups",
            OperatorPassword = "old-pw",
        };
        var other = new ExtendedCommonModel
        {
            RequestId = "other-id",
            Salt = "othersal",
            ExtraUserRoles = "CREATEDB",
            OperatorPassword = null,
            EntityType = EntityType.User,
        };

        target.Update(other);

        Assert.Equal("db", target.Resource);
        Assert.Equal("mine-id", target.RequestId);
        Assert.Equal("mysalt00", target.Salt);
        Assert.Equal("CREATEDB", target.ExtraUserRoles);
        Assert.Equal("groups", target.ExtraGroupRoles);
        Assert.Null(target.OperatorPassword);
        Assert.Equal(EntityType.User, target.EntityType);
    }

    [Fact]
    public void The_indexer_reads_and_writes_members_by_wire_name()
    {
        var model = SpecModel();

        Assert.Equal(WireValue.FromString("CREATEDB,CREATEROLE"), ((IRelationModel)model)["extra-user-roles"]);
        Assert.Equal(WireValue.False, ((IRelationModel)model)["external-node-connectivity"]);
        Assert.Equal(WireValue.Null, ((IRelationModel)model)["entity-type"]);

        ((IRelationModel)model)["extra-user-roles"] = WireValue.FromString("SUPERUSER");
        ((IRelationModel)model)["external-node-connectivity"] = WireValue.True;
        ((IRelationModel)model)["entity-type"] = WireValue.FromString("GROUP");

        Assert.Equal("SUPERUSER", model.ExtraUserRoles);
        Assert.True(model.ExternalNodeConnectivity);
        Assert.Equal(EntityType.Group, model.EntityType);
        Assert.True(((IRelationModel)model).IsExplicitlySet("external-node-connectivity"));
    }

    [Fact]
    public void Setting_a_value_of_the_wrong_type_through_the_indexer_names_the_key()
    {
        var model = SpecModel();

        var error = Assert.Throws<RelationModelValidationException>(() => ((IRelationModel)model)["extra-user-roles"] = WireValue.FromInteger(5));

        Assert.Contains("extra-user-roles", error.Message, StringComparison.Ordinal);
        var issue = Assert.Single(error.Issues);
        Assert.Equal(new[] { "extra-user-roles" }, issue.Location);
        Assert.Equal("ExtraUserRoles", issue.Member);
    }

    [Fact]
    public void A_rejected_indexer_set_leaves_the_member_unchanged()
    {
        var model = new ExtendedCommonModel { Resource = "db" };
        model.ExtraUserRoles = "CREATEDB";
        var fresh = new ExtendedCommonModel();

        Assert.Throws<RelationModelValidationException>(() => ((IRelationModel)model)["extra-user-roles"] = WireValue.FromInteger(5));
        Assert.Throws<RelationModelValidationException>(() => ((IRelationModel)fresh)["extra-group-roles"] = WireValue.True);

        Assert.Equal("CREATEDB", model.ExtraUserRoles);
        Assert.False(((IRelationModel)fresh).IsExplicitlySet("extra-group-roles"));
    }

    [Fact]
    public void Reading_an_absent_key_through_the_indexer_throws_KeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => ((IRelationModel)SpecModel())["no-such-key"]);
    }

    [Fact]
    public void ToString_masks_set_secrets_and_never_shows_their_values()
    {
        var model = SpecModel();
        model.OperatorPassword = "hunter2-secret";

        var text = model.ToString();

        Assert.Contains("operator-password = ***", text, StringComparison.Ordinal);
        Assert.Contains("audit-token = null", text, StringComparison.Ordinal);
        Assert.Contains("resource = \"data_platform\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_models_with_the_same_values_are_equal()
    {
        var a = new SettingsRecord { Mode = "fast" };
        var b = new SettingsRecord { Mode = "fast" };

        Assert.Equal(a, b);
        Assert.NotEqual(a, new SettingsRecord { Mode = "slow" });
    }

    [Fact]
    public void Reading_UnknownKeys_does_not_change_record_equality()
    {
        var a = new SettingsRecord { Mode = "fast" };
        var b = new SettingsRecord { Mode = "fast" };

        Assert.Empty(b.UnknownKeys);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void A_standalone_model_with_enum_lists_and_nested_models_round_trips()
    {
        const string json = "{\"name\": \"inv\", \"tier\": \"silver-plus\", \"tags\": [\"a\", \"b\"], \"replicas\": [{\"host\": \"h1\"}, {\"host\": \"h2\"}]}";

        var model = Read<InventoryModel>(json);

        Assert.Equal("inv", model.Name);
        Assert.Equal(ReplicaTier.SilverPlus, model.Tier);
        Assert.Equal(new[] { "a", "b" }, model.Tags);
        Assert.Equal(new[] { "h1", "h2" }, model.Replicas!.Select(r => r.Host));
        Assert.Equal(json, Write(model, ModelWriteContext.Full));
    }

    [Fact]
    public void A_missing_required_member_fails_the_read_naming_its_key()
    {
        var error = Assert.Throws<RelationModelValidationException>(() => Read<InventoryModel>("{\"tier\": \"gold\"}"));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(new[] { "name" }, issue.Location);
    }

    [Fact]
    public void An_enum_value_outside_its_wire_names_fails_the_read_naming_its_key()
    {
        var error = Assert.Throws<RelationModelValidationException>(() => Read<InventoryModel>("{\"name\": \"n\", \"tier\": \"SilverPlus\"}"));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(new[] { "tier" }, issue.Location);
    }
}
