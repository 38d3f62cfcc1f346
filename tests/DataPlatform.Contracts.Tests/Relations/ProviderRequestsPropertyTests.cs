using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Tests.HookTools;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>
/// The same questions over generated memories: for every id, the answer equals the one computed
/// from the memory decoded by <see cref="PythonJson.Parse"/> (json.loads' reading), whichever path
/// the memory takes. Seeded, so a failure repeats.
/// </summary>
public sealed class ProviderRequestsPropertyTests
{
    private static readonly string[] EntryKeys = { "\"entity-type\"", "\"entity\\u002dtype\"", "\"resource\"", "\"nested\"", "\"salt\"" };

    [Fact]
    public void Every_lookup_answers_as_the_decoded_memory_does()
    {
        var random = new Random(20261202);
        var bags = new MemoryRelation();
        var indexed = 0;
        for (var round = 0; round < 300; round++)
        {
            var ids = Enumerable.Range(0, random.Next(1, 6)).Select(i => "r" + random.Next(0, 8)).ToList();
            var text = "{" + string.Join(", ", ids.Select(id => "\"" + id + "\": " + Value(random, depth: 0))) + "}";
            if (random.Next(10) == 0) text = text.Insert(1, "\"other\": \"\\u00e9 \u00e9\", ");
            var work = bags.Hook(text, "app/0", "db");
            var requests = ProviderRequests.Read(work, bags.Id, "db")!;
            if (work.MemoryIndexed(bags.Id, "db")) indexed++;
            var decoded = PythonJson.Parse(text).AsObject();
            foreach (var id in Enumerable.Range(0, 8).Select(i => "r" + i))
            {
                var expectedFound = decoded.TryGetValue(id, out var entry) && entry.Kind == WireValueKind.Object;
                var expectedEntity = expectedFound && entry.AsObject().TryGetValue("entity-type", out var type) && !type.IsNull;
                Assert.True(expectedFound == requests.TryFind(id, out var isEntity), $"found {id} in {text}");
                Assert.True(expectedEntity == isEntity, $"entity {id} in {text}");
            }
        }
        // Both paths were taken: most memories are indexed, the non-ASCII and repeated-id ones are not.
        Assert.InRange(indexed, 100, 290);
    }

    private static string Value(Random random, int depth) => random.Next(depth == 0 ? 4 : 7) switch
    {
        0 or 1 or 2 => "{" + string.Join(", ", Enumerable.Range(0, random.Next(0, 4)).Select(_ => EntryKeys[random.Next(EntryKeys.Length)] + ": " + Leaf(random, depth))) + "}",
        3 => random.Next(2) == 0 ? "null" : "[" + Leaf(random, depth) + "]",
        4 => "\"USER\"",
        5 => "1.5",
        _ => "null",
    };

    private static string Leaf(Random random, int depth) => random.Next(5) switch
    {
        0 => "null",
        1 => "\"GROUP\"",
        2 => "\"a \\\"quoted\\\" \\\\ value\"",
        3 when depth < 2 => Value(random, depth + 1),
        _ => "false",
    };
}
