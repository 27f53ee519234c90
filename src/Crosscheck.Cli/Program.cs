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

return parsed.Invoke();
