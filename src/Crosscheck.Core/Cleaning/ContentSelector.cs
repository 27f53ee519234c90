namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Picks the article element of a segmented page and classifies the blocks inside it. All passes are linear
/// in the number of elements: elements are in document order, so a subtree is a contiguous index range and
/// sums run backwards from children to parents.
/// </summary>
internal sealed class ContentSelector(HtmlArticleExtractorOptions options, IReadOnlyList<PageElement> elements, IReadOnlyList<HtmlTextBlock> blocks)
{
    private readonly int[] subtreeEnd = new int[elements.Count];

    /// <summary>
    /// The blocks of the article region in document order, each with the reason it is dropped or null when it
    /// is kept. The region is the enclosing &lt;article&gt; when there is one, so that captions, bylines and
    /// related links next to the chosen body are reported as removed rather than silently left out.
    /// </summary>
    public IReadOnlyList<(HtmlTextBlock Block, RemovalReason? Reason)> Select()
    {
        MeasureSubtrees();
        MarkBoilerplate();
        var values = ValueBlocks();
        var container = ChooseContainer();
        var region = Region(container);
        var inside = new List<(HtmlTextBlock Block, RemovalReason? Reason)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Owner < region || block.Owner > subtreeEnd[region])
            {
                continue;
            }

            var inContainer = block.Owner >= container && block.Owner <= subtreeEnd[container];
            var reason = Classify(block, inContainer ? container : region, values[i]);
            inside.Add((block, inContainer ? reason : reason ?? RemovalReason.Other));
        }

        TrimEdges(inside);
        return inside;
    }

    private int Region(int container)
    {
        for (var i = container; i >= 0; i = elements[i].Parent)
        {
            if (elements[i].Tag == "article")
            {
                return i;
            }
        }

        return container;
    }

    private void MeasureSubtrees()
    {
        foreach (var block in blocks)
        {
            var owner = elements[block.Owner];
            owner.TextLength += block.Length;
            if (IsProse(block))
            {
                owner.ProseLength += block.Length;
            }
        }

        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            subtreeEnd[i] = Math.Max(subtreeEnd[i], i);
            if (element.Parent >= 0)
            {
                var parent = elements[element.Parent];
                parent.TextLength += element.TextLength;
                parent.ProseLength += element.ProseLength;
                subtreeEnd[element.Parent] = Math.Max(subtreeEnd[element.Parent], subtreeEnd[i]);
            }
        }
    }

    // Class names are not trusted on an element that holds the marked article body, or nearly all of the
    // page's prose: themes put words like "sidebar" or "tag-news" on wrappers around the whole article.
    private void MarkBoilerplate()
    {
        var holdsMainText = new bool[elements.Count];
        for (var i = elements.Count - 1; i > 0; i--)
        {
            var element = elements[i];
            if ((element.Hint.IsMainText || element.Tag is "article" or "main") && element.ProseLength > 0 || holdsMainText[i])
            {
                holdsMainText[element.Parent] = true;
            }
        }

        var pageProse = elements[0].ProseLength;
        var mainText = new int[elements.Count];
        foreach (var element in elements)
        {
            var parent = element.Parent;
            mainText[element.Index] = element.Hint.IsMainText ? element.Index : parent >= 0 ? mainText[parent] : -1;
            var mainProse = parent >= 0 && mainText[parent] >= 0 ? elements[mainText[parent]].ProseLength : pageProse;
            var inherited = parent >= 0 ? elements[parent].BoilerplateAncestor : -1;
            var trusted = element.Hint.Boilerplate is not null && !holdsMainText[element.Index]
                && element.ProseLength <= options.MaxBoilerplateProseShare * Math.Min(pageProse, mainProse);
            element.BoilerplateAncestor = trusted ? element.Index : inherited;
        }
    }

    private double[] ValueBlocks()
    {
        var values = new double[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            double value;
            if (elements[block.Owner].BoilerplateAncestor >= 0)
            {
                value = -block.Length;
            }
            else if (IsLinkList(block))
            {
                value = -block.Length * block.LinkDensity;
            }
            else if (IsProse(block))
            {
                value = block.Length * (1 - block.LinkDensity);
            }
            else if (block.IsHeading)
            {
                value = 0;
            }
            else
            {
                value = IsSentence(block) ? 0.5 * block.Length * (1 - block.LinkDensity) : -0.2 * block.Length;
            }

            values[i] = value;
            elements[block.Owner].Value += value;
        }

        for (var i = elements.Count - 1; i > 0; i--)
        {
            elements[elements[i].Parent].Value += elements[i].Value;
        }

        return values;
    }

    private int ChooseContainer()
    {
        var best = 0;
        var bestChild = new int[elements.Count];
        Array.Fill(bestChild, -1);
        for (var i = 0; i < elements.Count; i++)
        {
            if (Score(i) >= Score(best))
            {
                best = i;
            }

            var parent = elements[i].Parent;
            if (parent >= 0 && (bestChild[parent] < 0 || Score(i) > Score(bestChild[parent])))
            {
                bestChild[parent] = i;
            }
        }

        var top = Score(best);
        while (bestChild[best] >= 0 && Score(bestChild[best]) >= options.DescendShare * top)
        {
            best = bestChild[best];
        }

        return best;
    }

    private double Score(int index)
    {
        var element = elements[index];
        return element.Hint.IsMainText && element.Value > 0 ? element.Value * options.MainTextBoost : element.Value;
    }

    // Boilerplate hints count from the given root down: a hint above the chosen article was already overruled.
    private RemovalReason? Classify(HtmlTextBlock block, int root, double value)
    {
        var boilerplate = elements[block.Owner].BoilerplateAncestor;
        if (boilerplate >= root)
        {
            return elements[boilerplate].Hint.Boilerplate;
        }

        if (IsLinkList(block))
        {
            return block.IsListItem ? RemovalReason.Navigation : RemovalReason.RelatedLink;
        }

        return value > 0 || block.Length > 200 ? null : BoilerplatePhrases.Match(block.Text);
    }

    private void TrimEdges(List<(HtmlTextBlock Block, RemovalReason? Reason)> inside)
    {
        for (var i = 0; i < inside.Count; i++)
        {
            var (block, reason) = inside[i];
            if (reason is null && IsProse(block))
            {
                break;
            }

            inside[i] = (block, reason ?? RemovalReason.Other);
        }
    }

    private bool IsProse(HtmlTextBlock block) => !block.IsHeading && block.Length >= options.MinProseLength && !IsLinkList(block);

    // Long text keeps more links before it reads as a list of links: roundups link most of their sentences.
    private bool IsLinkList(HtmlTextBlock block) =>
        block.LinkDensity > (block.Length >= options.LongBlockLength ? options.MaxLongLinkDensity : options.MaxLinkDensity);

    private static bool IsSentence(HtmlTextBlock block) =>
        block.Length >= 15 && block.Text.TrimEnd() is [.., '.' or '!' or '?' or '"' or '\u201d' or '\u2019' or ':' or ')'];
}
