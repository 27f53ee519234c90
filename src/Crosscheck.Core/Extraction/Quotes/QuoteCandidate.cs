using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>A quotation the extractor could report as a direct quote, with the features it was judged on.</summary>
internal sealed record QuoteCandidate(ImmutableArray<string> Features, ImmutableArray<TextSpan> Content);
