using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction;

/// <summary>Finds named-entity mentions in running text.</summary>
public interface IEntityTagger
{
    ImmutableArray<EntityMention> Tag(string text);

    /// <summary>As <see cref="Tag(string)"/>, given the text's tokens as <see cref="WordTokenizer.Tokenize(string)"/> finds them, which a tagger may reuse.</summary>
    ImmutableArray<EntityMention> Tag(string text, ImmutableArray<TextSpan> tokens) => Tag(text);
}
