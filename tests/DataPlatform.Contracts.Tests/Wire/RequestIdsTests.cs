using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Wire;

/// <summary>The worked examples of docs/protocol/request-ids.md.</summary>
public sealed class RequestIdsTests
{
    [Theory]
    [InlineData("data_platform", "kkkkkkkk", "c759221a6c14c72a")]
    [InlineData("", "xxxxxxxx", "9ecfabfbb5258f88")]
    [InlineData("mydb", "AbCdEfGh12345678", "d65c500d81b6d2f7")]
    [InlineData("a:b", "c", "b0ee04f880c4ff42")]
    [InlineData("a", "b:c", "b0ee04f880c4ff42")]
    [InlineData("données", "sel", "029f184731c34b8d")]
    [InlineData("", "", "e7ac0786668e0ff0")]
    public void Hash_matches_the_reference_examples(string resource, string salt, string expected)
    {
        Assert.Equal(expected, RequestIds.Hash(resource, salt));
    }

    [Fact]
    public void A_long_preimage_beyond_the_stack_buffer_hashes_the_same_way()
    {
        // sha256("a" * 600 + ":s"), first 16 hex digits, computed with Python's hashlib.
        Assert.Equal("e73a97a038b0be2c", RequestIds.Hash(new string('a', 600), "s"));
    }

    [Fact]
    public void Short_uuid_is_the_request_id_unless_it_is_null_or_empty()
    {
        Assert.Equal("deadbeefdeadbeef", RequestIds.ShortUuid("deadbeefdeadbeef", "clientdb", "SALT000000000001"));
        Assert.Equal("f9958a805b85df48", RequestIds.ShortUuid("", "clientdb", "SALT000000000001"));
        Assert.Equal("f9958a805b85df48", RequestIds.ShortUuid(null, "clientdb", "SALT000000000001"));
    }

    [Fact]
    public void Salts_are_sixteen_characters_of_the_alphabet_and_differ()
    {
        var salts = Enumerable.Range(0, 100).Select(_ => RequestIds.GenerateSalt()).ToList();
        Assert.All(salts, s => Assert.Matches("^[A-Za-z0-9]{16}$", s));
        Assert.Equal(100, salts.Distinct().Count());
    }
}
