using System.Collections.Immutable;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Cli;

/// <summary>Expands the paths given on the command line into input files: folders recursively, in a stable order.</summary>
internal static class InputFiles
{
    public static List<string> Expand(IReadOnlyList<string> paths, ImmutableArray<IngestProblem>.Builder problems)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(Directory
                        .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false })
                        .Where(IsSupported)
                        .Order(StringComparer.Ordinal));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new IngestProblem(path, $"folder cannot be read ({e.Message})"));
                }
            }
            else
            {
                problems.Add(new IngestProblem(path, "no such file or folder"));
            }
        }

        return files;
    }

    private static bool IsSupported(string file)
    {
        var name = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? file[..^3] : file;
        return DocumentReader.FormatFromName(name) is not null && !Path.GetFileName(file).StartsWith('.');
    }
}
