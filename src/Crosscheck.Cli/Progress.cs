using Spectre.Console;

namespace Crosscheck.Cli;

/// <summary>
/// Reports progress: a live bar on a terminal, plain lines when stderr is redirected (Spectre prints a redirected
/// progress only once, so plain lines are written by hand). Progress goes to stderr; stdout carries results.
/// </summary>
internal sealed class Progress
{
    private readonly bool interactive = !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
    private DateTime lastLine = DateTime.MinValue;

    public T Run<T>(string description, int total, Func<Action<int>, T> work)
    {
        if (!interactive)
        {
            Console.Error.WriteLine($"{description}: 0/{total}");
            var result = work(done =>
            {
                if (done == total || DateTime.UtcNow - lastLine > TimeSpan.FromSeconds(2))
                {
                    lastLine = DateTime.UtcNow;
                    Console.Error.WriteLine($"{description}: {done}/{total}");
                }
            });
            return result;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: Math.Max(total, 1));
                return work(done => task.Value = done);
            });
    }

    public static void Line(string message) => Console.Error.WriteLine(message);
}
