using Crosscheck.Cli.Commands;
using Crosscheck.Core.Reports;

namespace Crosscheck.Cli;

/// <summary>Writes report.json and report.md into a folder; a folder that cannot be made or written is named with the reason.</summary>
internal static class ReportFiles
{
    /// <summary>Makes the folder before any work is done, so that a bad --out fails at once; false after naming the problem.</summary>
    public static bool Prepare(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"error: --out {directory}: the folder cannot be made ({e.Message})");
            return false;
        }
    }

    /// <summary>Writes both reports; false after naming the problem.</summary>
    public static bool Write(Report report, string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "report.json"), JsonOutput.Serialize(report));
            File.WriteAllText(Path.Combine(directory, "report.md"), MarkdownReportWriter.Write(report));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: the report cannot be written into {directory} ({e.Message}); the analysis is saved in the database (see `crosscheck stories`)");
            return false;
        }
    }
}
