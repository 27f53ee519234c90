using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class TermTableTests
{
    [Fact]
    public void A_term_keeps_one_number_whether_read_as_a_string_or_a_span()
    {
        var table = new TermTable();

        var missile = table.Id("missile");
        var launch = table.Id("launch".AsSpan());

        Assert.NotEqual(missile, launch);
        Assert.Equal(missile, table.Id("the missile".AsSpan(4)));
        Assert.Equal(launch, table.Id("launch"));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void Terms_counted_on_many_threads_get_distinct_numbers()
    {
        var table = new TermTable();
        var words = Enumerable.Range(0, 2000).Select(i => "term" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var numbers = words.AsParallel().Select(w => (Word: w, Id: table.Id(w))).ToList();

        Assert.Equal(words.Count, numbers.Select(n => n.Id).Distinct().Count());
        Assert.All(numbers, n => Assert.Equal(n.Id, table.Id(n.Word)));
    }
}
