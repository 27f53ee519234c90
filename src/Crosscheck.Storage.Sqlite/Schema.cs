namespace Crosscheck.Storage.Sqlite;

/// <summary>The database schema as an ordered list of migrations; <c>PRAGMA user_version</c> records how many ran.</summary>
internal static class Schema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            format TEXT NOT NULL,
            raw TEXT NOT NULL,
            title TEXT,
            outlet TEXT,
            published TEXT,
            published_instant TEXT,
            dateline TEXT,
            byline TEXT,
            credits TEXT NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            removed TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE line_occurrences (
            line_key INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (line_key, article_id)
        ) WITHOUT ROWID;
        """,
    ];
}
