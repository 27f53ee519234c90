namespace Crosscheck.Core.Extraction.Entities;

/// <summary>
/// A name mention before grouping: where it is (article index, span), how it is written, the tagger's type, its
/// comparison key, and the country it stands for when it is a country's name, demonym, or capital or seat used for the state.
/// </summary>
internal readonly record struct MentionDraft(
    int Article,
    int Start,
    int End,
    string Surface,
    EntityType Type,
    string Key,
    Gazetteer.Country? Country,
    MentionKind Kind);
