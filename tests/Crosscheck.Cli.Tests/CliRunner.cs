using System.Diagnostics;

namespace Crosscheck.Cli.Tests;

/// <summary>Runs the built `crosscheck` command as a separate process, as a user would.</summary>
internal static class CliRunner
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "crosscheck.dll");

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Assembly);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start crosscheck");
    }
}
