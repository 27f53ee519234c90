using System.Globalization;

namespace Crosscheck.Benchmarks;

/// <summary>The "--name value" options of the benchmark commands.</summary>
internal static class BenchArguments
{
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The folder of the shared evaluation data (--eval), ../shared/eval unless given.</summary>
    public static string EvalDirectory(string[] args) => Option(args, "--eval") ?? "../shared/eval";

    public static int Number(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
