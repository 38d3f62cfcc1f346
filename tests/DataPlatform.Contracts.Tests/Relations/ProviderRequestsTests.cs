using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Tests.HookTools;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>
/// A requirer asks the provider's <c>data</c> memory two things per response: is its request there
/// as an object, and is it an entity request (docs/protocol/data-and-diffs.md#the-data-key). The
/// answers are json.loads' answers, whether the memory is read entry by entry (ASCII text that
/// System.Text.Json indexes) or decoded whole (anything else).
/// </summary>
public sealed class ProviderRequestsTests
{
    private readonly MemoryRelation _bags = new();
    private readonly int _relation;

    public ProviderRequestsTests() => _relation = _bags.Id;

    private (HookUnitOfWork Work, ProviderRequests? Requests) WithProviderMemory(string? text)
    {
        var work = _bags.Hook(text, "app/0", "db");
        return (work, ProviderRequests.Read(work, _relation, "db"));
    }

    // Each memory once as json.dumps writes it (indexed) and once with a non-ASCII entry added (decoded whole).
    public static TheoryData<string, string, bool, bool> Entries() => new()
    {
        { "\"r1\": {\"resource\": \"x\"}", "r1", true, false },
        { "\"r1\": {\"resource\": \"x\", \"entity-type\": \"USER\"}", "r1", true, true },
        { "\"r1\": {\"entity-type\": null}", "r1", true, false },
        { "\"r1\": {\"entity-type\": \"USER\", \"entity-type\": null}", "r1", true, false },
        { "\"r1\": {\"entity-type\": null, \"entity-type\": \"GROUP\"}", "r1", true, true },
        { "\"r1\": {\"entity\\u002dtype\": \"USER\"}", "r1", true, true },
        { "\"r1\": {\"nested\": {\"entity-type\": \"USER\"}}", "r1", true, false },
        { "\"r1\": {\"resource\": \"x\"}", "r2", false, false },
        { "\"r1\": null", "r1", false, false },
        { "\"r1\": [{\"entity-type\": \"USER\"}]", "r1", false, false },
        { "\"r1\": \"{}\"", "r1", false, false },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void An_indexed_memory_answers_as_json_loads_would(string entries, string id, bool found, bool entity) =>
        Answers("{" + entries + "}", indexed: true, id, found, entity);

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_memory_that_is_not_ascii_is_decoded_and_answers_the_same(string entries, string id, bool found, bool entity) =>
        Answers("{\"other\": \"é\", " + entries + "}", indexed: false, id, found, entity);

    private void Answers(string memory, bool indexed, string id, bool found, bool entity)
    {
        var (work, requests) = WithProviderMemory(memory);

        Assert.Equal(indexed, work.MemoryIndexed(_relation, "db"));
        Assert.Equal(found, requests!.TryFind(id, out var isEntity));
        Assert.Equal(entity, isEntity);
    }

    [Fact]
    public void A_repeated_request_id_is_decoded_and_the_last_entry_counts()
    {
        var (work, requests) = WithProviderMemory("{\"r1\": {\"entity-type\": \"USER\"}, \"r1\": {\"resource\": \"x\"}}");

        Assert.False(work.MemoryIndexed(_relation, "db"));
        Assert.True(requests!.TryFind("r1", out var isEntity));
        Assert.False(isEntity);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("[1, 2]")]
    [InlineData("{\"r1\": {}")]
    [InlineData("\"text\"")]
    public void A_provider_without_a_memory_object_has_no_requests(string? text)
    {
        Assert.Null(WithProviderMemory(text).Requests);
    }

    [Fact]
    public void Text_python_reads_but_the_index_does_not_is_decoded()
    {
        // json.loads reads NaN; System.Text.Json does not, so this memory is decoded whole.
        var (work, requests) = WithProviderMemory("{\"r1\": {\"entity-type\": \"USER\", \"n\": NaN}}");

        Assert.False(work.MemoryIndexed(_relation, "db"));
        Assert.True(requests!.TryFind("r1", out var isEntity));
        Assert.True(isEntity);
    }
}
