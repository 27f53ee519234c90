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

    public static int Number(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
