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
        """
        CREATE TABLE analysis (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            crosscheck TEXT NOT NULL,
            saved_at TEXT NOT NULL
        );
        CREATE TABLE stories (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            first_date TEXT,
            last_date TEXT,
            article_count INTEGER NOT NULL,
            origin_count INTEGER NOT NULL,
            entry TEXT NOT NULL
        );
        CREATE INDEX stories_by_date ON stories (last_date DESC, seq);
        CREATE TABLE story_articles (
            story_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (story_id, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX story_articles_by_article ON story_articles (article_id, story_id);
        CREATE TABLE article_analysis (
            article_id TEXT PRIMARY KEY,
            origin TEXT,
            originality REAL,
            reuse TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE article_fts USING fts5 (
            title, text, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61'
        );
        CREATE VIRTUAL TABLE claim_fts USING fts5 (
            text, story_id UNINDEXED, claim_id UNINDEXED, article_id UNINDEXED, tokenize = 'porter unicode61'
        );
        CREATE VIRTUAL TABLE quote_fts USING fts5 (
            text, speaker, story_id UNINDEXED, article_id UNINDEXED, tokenize = 'porter unicode61'
        );
        """,
    ];
}
