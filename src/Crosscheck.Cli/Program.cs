using Crosscheck.Cli;

return CrosscheckCommand.Build().Parse(args).Invoke();
