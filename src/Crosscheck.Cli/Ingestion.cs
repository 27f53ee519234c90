using System.Collections.Immutable;
using Crosscheck.Core;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Cli;

/// <summary>
/// The ingest edge: finds input files, reads them within the size limit, cleans the articles and stores them in
/// batches (one transaction each), so a crash loses at most the batch in flight and a rerun finishes the job.
/// </summary>
internal sealed class Ingestion(IArticleStore store, IngestOptions options, CleanerOptions cleanerOptions, Progress progress)
{
    public IngestSummary Run(IReadOnlyList<string> paths)
    {
        var problems = ImmutableArray.CreateBuilder<IngestProblem>();
        var files = InputFiles.Expand(paths, problems);
        var added = 0;
        var already = 0;
        progress.Run("Ingesting", files.Count, report =>
        {
            var done = 0;
            foreach (var chunk in files.Chunk(options.BatchSize))
            {
                var raws = new List<RawArticle>();
                foreach (var file in chunk)
                {
                    var result = ReadFile(file);
                    raws.AddRange(result.Articles);
                    problems.AddRange(result.Problems);
                }

                var fresh = raws.DistinctBy(r => r.Id).Where(r => !store.Contains(r.Id)).ToList();
                already += raws.Count - fresh.Count;
                added += store.Store(BatchCleaner.Clean(fresh, store, cleanerOptions));
                done += chunk.Length;
                report(done);
            }

            return added;
        });

        return new IngestSummary(files.Count, added, already, problems.ToImmutable());
    }

    private ReadResult ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxBytes)
            {
                return ReadResult.Failed(path, $"file is {info.Length / 1_000_000.0:0.0} MB, over the {options.MaxBytes / 1_000_000.0:0.#} MB limit (--max-size)");
            }

            return DocumentReader.Read(path, File.ReadAllBytes(path), options.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(path, $"cannot be read ({e.Message})");
        }
    }
}
