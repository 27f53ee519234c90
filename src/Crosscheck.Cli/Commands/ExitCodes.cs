namespace Crosscheck.Cli.Commands;

/// <summary>The process exit codes the README documents.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some inputs were rejected (each named on stderr) or a quality floor was not met.</summary>
    public const int Rejected = 1;

    public const int Usage = 2;
}
