namespace Crosscheck.Core.Extraction;

/// <summary>The entity classes of the tagger (CoNLL PER, ORG, LOC, MISC).</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
    Other,
}
