using System.Collections.Frozen;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class WordSetTests
{
    private static readonly string[] Members = ["said", "told", "according", "is", "’s", "sent", "S", "ſt"];

    [Fact]
    public void A_case_insensitive_set_answers_as_a_frozen_set_with_the_same_comparer_does()
    {
        var set = new WordSet(Members, StringComparer.OrdinalIgnoreCase);
        var frozen = Members.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        // Words of a member's shape and not, other cases, other second letters, letters whose upper case is ASCII ("ı", "ſ"), and non-ASCII ends.
        string[] words = ["said", "SAID", "Said", "sad", "saiD", "sold", "told", "tolD", "ıs", "İs", "ſaid", "’s", "’S", "s", "ſ", "sent", "seNT", "scent", "", "Accordıng", "according", "accordance", "st", "ST", "ſt", "sAID", "sIAD", "tOLD", "tLOD", "aCCORDING", "sıid", "sſnt", "St", "sT", "iS", "sid", "saud"];
        foreach (var word in words)
        {
            Assert.True(frozen.Contains(word) == set.Contains(word), word);
        }
    }

    [Fact]
    public void An_ordinal_set_keeps_case_apart()
    {
        var set = new WordSet(Members, StringComparer.Ordinal);
        Assert.True(set.Contains("said"));
        Assert.False(set.Contains("Said"));
        Assert.True(set.Contains("S"));
        Assert.False(set.Contains("s"));
    }
}
