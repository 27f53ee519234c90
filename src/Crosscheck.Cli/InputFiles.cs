using System.Collections.Immutable;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Cli;

/// <summary>
/// Expands the paths given on the command line into input files: folders recursively, in a stable order. A folder
/// reached again through a link (a link to a parent makes a loop) is read once; a folder that cannot be read is named as
/// a problem and the rest is still read.
/// </summary>
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
                files.AddRange(FolderFiles(path, problems).Order(StringComparer.Ordinal));
            }
            else
            {
                problems.Add(new IngestProblem(path, "no such file or folder"));
            }
        }

        return files;
    }

    private static List<string> FolderFiles(string root, ImmutableArray<IngestProblem>.Builder problems)
    {
        var files = new List<string>();
        var read = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var folder))
        {
            if (!read.Add(Location(folder)))
            {
                problems.Add(new IngestProblem(folder, "links back to a folder already read, so it is not read again"));
                continue;
            }

            try
            {
                files.AddRange(Directory.EnumerateFiles(folder).Where(IsSupported));
                foreach (var subfolder in Directory.EnumerateDirectories(folder))
                {
                    pending.Push(subfolder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new IngestProblem(folder, $"folder cannot be read ({e.Message})"));
            }
        }

        return files;
    }

    // Where a folder is on disk: a link's final target, else its full path.
    private static string Location(string folder)
    {
        var info = new DirectoryInfo(folder);
        return Path.TrimEndingDirectorySeparator((info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName);
    }

    private static bool IsSupported(string file)
    {
        var name = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? file[..^3] : file;
        return DocumentReader.FormatFromName(name) is not null && !Path.GetFileName(file).StartsWith('.');
    }
}
