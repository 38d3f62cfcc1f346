using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>
/// <see cref="HookUnitOfWork.MemoryHolds"/> compares one entry of the <c>data</c> memory with a
/// request's text without decoding the memory (docs/hook-cost.md). It finds entries by byte offset
/// in a UTF-8 copy, which are character offsets only for ASCII text (what json.dumps writes); any
/// other text is left to the decoder, which <see cref="HookUnitOfWork.Memory"/> still reads.
/// </summary>
public sealed class MemoryIndexTests
{
    private readonly MemoryRelation _bags = new();
    private readonly int _relation;

    public MemoryIndexTests() => _relation = _bags.Id;

    private HookUnitOfWork WithMemory(string text) => _bags.Hook(text, "db/0", "app");

    [Fact]
    public void An_ascii_memory_answers_for_each_entry_exactly_as_its_text_stands()
    {
        var work = WithMemory("{\"abc\": {\"resource\": \"x\"}, \"def\": 1}");

        Assert.True(work.MemoryHolds(_relation, "db", "abc", "{\"resource\": \"x\"}"));
        Assert.True(work.MemoryHolds(_relation, "db", "def", "1"));
        Assert.False(work.MemoryHolds(_relation, "db", "abc", "{\"resource\": \"y\"}"));
        Assert.False(work.MemoryHolds(_relation, "db", "ghi", "1"));
    }

    [Fact]
    public void A_memory_that_is_not_ascii_is_not_indexed_but_still_decodes()
    {
        // After "é" (two UTF-8 bytes) the byte range of k's value, taken as characters, is the slice
        // one character further on: ab"} . An index over this text would answer yes for it.
        var work = WithMemory("{\"n\": \"é\", \"k\": \"ab\"}");

        Assert.False(work.MemoryHolds(_relation, "db", "k", "ab\"}"));
        Assert.False(work.MemoryHolds(_relation, "db", "k", "\"ab\""));
        var memory = work.Memory(_relation, "db");
        Assert.Equal("ab", memory["k"].AsString());
        Assert.Equal("é", memory["n"].AsString());
    }

    [Fact]
    public void A_repeated_key_is_left_to_the_decoder_which_keeps_the_last_value()
    {
        var work = WithMemory("{\"abc\": 1, \"abc\": 2}");

        Assert.False(work.MemoryHolds(_relation, "db", "abc", "1"));
        Assert.False(work.MemoryHolds(_relation, "db", "abc", "2"));
        Assert.Equal(2, (int)work.Memory(_relation, "db")["abc"].AsInteger());
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{\"abc\": 1} trailing")]
    [InlineData("{\"abc\": 1")]
    public void Text_that_is_not_one_json_object_holds_nothing(string text)
    {
        var work = WithMemory(text);

        Assert.False(work.MemoryHolds(_relation, "db", "abc", "1"));
    }
}
