using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Tests.Secrets;

/// <summary>Public types that hold a secret value print its key, never the value (records print their members by default).</summary>
public sealed class SecretMaskingTests
{
    private const string Value = "hunter2-masked-value";

    [Fact]
    public void A_secret_field_prints_its_key_and_a_mask()
    {
        var text = new SecretField("password", Value).ToString();

        Assert.Equal("SecretField { Key = password, Value = *** }", text);
        Assert.Equal("SecretField { Key = password, Value = null }", new SecretField("password", null).ToString());
    }

    [Fact]
    public void A_stored_secret_and_a_snapshot_print_their_content_keys_only()
    {
        var content = new Dictionary<string, string> { ["username"] = "u", ["password"] = Value };

        var stored = new StoredSecret("secret:0001", "database.0.user.secret", content).ToString();
        var snapshot = new SecretSnapshot("secret:0001", content).ToString();

        Assert.Equal("StoredSecret { Id = secret:0001, Label = database.0.user.secret, Content = { password = ***, username = *** } }", stored);
        Assert.Equal("SecretSnapshot { Id = secret:0001, Content = { password = ***, username = *** } }", snapshot);
    }

    [Fact]
    public void A_model_prints_its_secret_members_as_a_mask()
    {
        var model = new ResourceProviderModel { RequestId = "0123456789abcdef", Username = "user", Password = Value };

        Assert.DoesNotContain(Value, model.ToString());
        Assert.Contains("password = ***", model.ToString());
    }
}
