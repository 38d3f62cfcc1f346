using DataPlatform.Contracts.Generated;

namespace DataPlatform.Contracts.Tests.Generated;

/// <summary>
/// The explicitly-set bits of a model: the first 64 members in one word, the rest in words that
/// are copied on write, so that a record's <c>with</c> copy never shares them.
/// </summary>
public sealed class MemberSetTests
{
    private static readonly int[] Marked = [0, 5, 63, 64, 65, 127, 128, 200];

    [Fact]
    public void Every_marked_index_reads_as_set_and_no_other_does()
    {
        var set = new MemberSet();
        foreach (var index in Marked) set.Mark(index);

        for (var index = 0; index <= 260; index++)
        {
            Assert.Equal(Marked.Contains(index), set[index]);
        }
    }

    [Fact]
    public void Marking_a_copy_past_64_leaves_the_original_as_it_was()
    {
        var original = new MemberSet();
        original.Mark(70);
        var copy = original;

        copy.Mark(71);
        copy.Mark(3);

        Assert.True(original[70]);
        Assert.False(original[71]);
        Assert.False(original[3]);
        Assert.True(copy[70] && copy[71] && copy[3]);
    }

    [Fact]
    public void Sets_with_the_same_marks_are_equal_whatever_the_order_and_one_more_mark_tells_them_apart()
    {
        var near = new MemberSet();
        near.Mark(1);
        near.Mark(66);
        var far = new MemberSet();
        far.Mark(66);
        far.Mark(1);

        Assert.Equal(near, far);
        Assert.True(near == far);

        far.Mark(190);
        Assert.NotEqual(near, far);
    }
}
