using System.Collections.Immutable;
using Crosscheck.Core.Evaluation;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// Reads a PolNeAR split (DIR/text/&lt;article&gt;.txt, DIR/attributions/&lt;article&gt;_&lt;annotator&gt;.ann). Where several
/// annotators labelled one article, the first annotation file in ordinal name order is the gold: on the few articles
/// with six annotators the choice moves our scores by a few points on that article only, and one fixed rule keeps the
/// figures reproducible.
/// </summary>
internal static class PolnearSplit
{
    /// <summary>Reads the split, or says on stderr what the folder lacks and returns null.</summary>
    public static List<(string Name, string Text, ImmutableArray<AnnotatedAttribution> Gold)>? ReadOrReport(DirectoryInfo directory)
    {
        var split = Read(directory);
        if (split is null)
        {
            Console.Error.WriteLine($"Expected text/ and attributions/ folders in {directory.FullName}");
        }

        return split;
    }

    private static List<(string Name, string Text, ImmutableArray<AnnotatedAttribution> Gold)>? Read(DirectoryInfo directory)
    {
        var texts = new DirectoryInfo(Path.Combine(directory.FullName, "text"));
        var annotations = new DirectoryInfo(Path.Combine(directory.FullName, "attributions"));
        if (!texts.Exists || !annotations.Exists)
        {
            return null;
        }

        var articles = new List<(string, string, ImmutableArray<AnnotatedAttribution>)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in annotations.GetFiles("*.ann").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var article = ArticleName(file.Name);
            var textFile = new FileInfo(Path.Combine(texts.FullName, article + ".txt"));
            if (!seen.Add(article) || !textFile.Exists)
            {
                continue;
            }

            var text = File.ReadAllText(textFile.FullName);
            articles.Add((article, text, BratAttributionReader.Parse(File.ReadAllText(file.FullName), text)));
        }

        return articles;
    }

    // "<article>_<annotator>.ann": the annotator id is the last underscore-separated field.
    private static string ArticleName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var underscore = stem.LastIndexOf('_');
        return underscore > 0 ? stem[..underscore] : stem;
    }
}
