using Crosscheck.Cli.Commands;
using Crosscheck.Core.Reports;

namespace Crosscheck.Cli;

/// <summary>Writes report.json and report.md into a folder.</summary>
internal static class ReportFiles
{
    public static void Write(Report report, string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "report.json"), JsonOutput.Serialize(report));
        File.WriteAllText(Path.Combine(directory, "report.md"), MarkdownReportWriter.Write(report));
    }
}
