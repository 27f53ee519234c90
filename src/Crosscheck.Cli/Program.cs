using System.CommandLine;
using Crosscheck.Cli;
using Crosscheck.Cli.Commands;

var parsed = CrosscheckCommand.Build().Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run 'crosscheck --help' for usage.");
    return ExitCodes.Usage;
}

// A file or folder a command was told to write or read that the system refuses is the user's to fix: named, not a stack trace.
try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.Rejected;
}
catch (Exception e)
{
    Console.Error.WriteLine($"Unhandled exception: {e}");
    return ExitCodes.Rejected;
}
