using Crosscheck.Core.Reuse;
using static Crosscheck.Core.Tests.Reuse.ReuseTestArticles;

namespace Crosscheck.Core.Tests.Reuse;

public sealed class LshIndexTests
{
    private static readonly ReuseFingerprinter Fingerprinter = new(ReuseOptions.Default);

    [Fact]
    public void Near_duplicate_is_a_candidate_through_a_shared_band()
    {
        var index = new LshIndex(ReuseOptions.Default);
        index.Add(new ArticleId("a-wire"), Fingerprinter.Compute(Wire));
        index.Add(new ArticleId("a-bakery"), Fingerprinter.Compute(Unrelated));

        var candidates = index.Query(Fingerprinter.Compute(Wire.Replace("Monday", "Tuesday", StringComparison.Ordinal)));

        var candidate = Assert.Single(candidates);
        Assert.Equal(new ArticleId("a-wire"), candidate.Article);
        Assert.True(candidate.SharedBands > 0);
    }

    [Fact]
    public void Paragraph_pasted_into_another_text_is_a_candidate_through_passage_hashes()
    {
        var index = new LshIndex(ReuseOptions.Default);
        index.Add(new ArticleId("a-wire"), Fingerprinter.Compute(Wire));

        var page = Unrelated + "\n\n" + Wire.Split("\n\n")[2];
        var candidate = Assert.Single(index.Query(Fingerprinter.Compute(page)));

        Assert.Equal(0, candidate.SharedBands);
        Assert.True(candidate.SharedPassageHashes >= ReuseOptions.Default.MinSharedPassageHashes);
    }

    [Fact]
    public void Unrelated_text_finds_no_candidate()
    {
        var index = new LshIndex(ReuseOptions.Default);
        index.Add(new ArticleId("a-wire"), Fingerprinter.Compute(Wire));

        Assert.Empty(index.Query(Fingerprinter.Compute(Unrelated)));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Stock_phrase_keys_beyond_the_posting_cap_are_ignored()
    {
        var options = ReuseOptions.Default with { MaxPostingsPerKey = 2 };
        var index = new LshIndex(options);
        var fingerprinter = new ReuseFingerprinter(options);
        var paragraph = Wire.Split("\n\n")[2];
        for (var i = 0; i < 3; i++)
        {
            index.Add(new ArticleId("a-" + i), fingerprinter.Compute("Filler sentence number " + i + " about nothing at all.\n\n" + paragraph));
        }

        Assert.Empty(index.Query(fingerprinter.Compute(Unrelated + "\n\n" + paragraph)));
    }

    [Fact]
    public void Query_and_add_finds_what_a_query_then_an_add_finds()
    {
        var options = ReuseOptions.Default with { MaxPostingsPerKey = 2 };
        var fingerprinter = new ReuseFingerprinter(options);
        var paragraph = Wire.Split("\n\n")[2];
        string[] texts =
        [
            Wire, Unrelated, Wire.Replace("Monday", "Tuesday", StringComparison.Ordinal), Unrelated + "\n\n" + paragraph,
            "Filler sentence about nothing at all.\n\n" + paragraph, paragraph, Wire,
        ];
        var separate = new LshIndex(options);
        var combined = new LshIndex(options);
        for (var i = 0; i < texts.Length; i++)
        {
            var id = new ArticleId("a-" + i);
            var fingerprint = fingerprinter.Compute(texts[i]);
            var expected = separate.Query(fingerprint);
            separate.Add(id, fingerprint);

            Assert.Equal(expected, combined.QueryAndAdd(id, fingerprint));
        }

        Assert.Equal(texts.Length, combined.Count);
        Assert.NotEmpty(combined.Query(fingerprinter.Compute(Wire)));
    }

    [Fact]
    public void Batch_query_and_add_finds_what_one_at_a_time_finds()
    {
        var options = ReuseOptions.Default with { MaxPostingsPerKey = 3 };
        var fingerprinter = new ReuseFingerprinter(options);
        var paragraph = Wire.Split("\n\n")[2];
        string[] texts =
        [
            Wire, Unrelated, Wire.Replace("Monday", "Tuesday", StringComparison.Ordinal), Unrelated + "\n\n" + paragraph,
            "Filler sentence about nothing at all.\n\n" + paragraph, paragraph, Wire, "Another filler line.\n\n" + paragraph,
            Wire, paragraph,
        ];
        var fingerprints = texts.Select(fingerprinter.Compute).ToList();
        var single = new LshIndex(options);
        var expected = fingerprints.Select((f, i) => single.QueryAndAdd(new ArticleId("a-" + i), f)).ToList();

        // The first three go in one at a time and the rest as two batches, so a batch meets both indexed articles
        // and earlier ones of its own.
        var batched = new LshIndex(options);
        var actual = new List<IReadOnlyList<ReuseCandidate>>();
        for (var i = 0; i < 3; i++)
        {
            actual.Add(batched.QueryAndAdd(new ArticleId("a-" + i), fingerprints[i]));
        }

        foreach (var (start, end) in new[] { (3, 7), (7, texts.Length) })
        {
            actual.AddRange(batched.QueryAndAddAll([.. Enumerable.Range(start, end - start).Select(i => (new ArticleId("a-" + i), fingerprints[i]))]));
        }

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.Contains(actual, c => c.Count > 1);
        Assert.Equal(single.Query(fingerprints[0]), batched.Query(fingerprints[0]));
    }
}
