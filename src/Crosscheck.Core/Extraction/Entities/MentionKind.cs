namespace Crosscheck.Core.Extraction.Entities;

/// <summary>What a mention is to the gazetteer: a plain name, or a country's name, demonym, capital or seat of government.</summary>
internal enum MentionKind
{
    Name,
    Country,
    Demonym,
    Capital,
    Seat,
}
