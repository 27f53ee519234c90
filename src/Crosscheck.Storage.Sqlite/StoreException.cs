namespace Crosscheck.Storage.Sqlite;

/// <summary>The database file cannot be used; the message names the file and the problem.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
