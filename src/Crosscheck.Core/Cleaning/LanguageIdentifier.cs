using Lingua;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Identifies the language of an article (ISO 639-1). English prose is recognised from its stop-word density
/// without a model; everything else goes to Lingua, built once for the languages news in this tool comes in
/// (all of Lingua's languages cost 18 s and 2.6 GB to load).
/// </summary>
public static class LanguageIdentifier
{
    private static readonly Lazy<LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromLanguages(
                Language.English, Language.French, Language.German, Language.Spanish, Language.Portuguese,
                Language.Italian, Language.Dutch, Language.Russian, Language.Ukrainian, Language.Chinese,
                Language.Japanese, Language.Korean, Language.Arabic, Language.Turkish, Language.Polish)
            .WithLowAccuracyMode()
            .Build());

    public static string Identify(string text)
    {
        var sample = text.Length > 1500 ? text[..1500] : text;
        var block = new TextBlock(sample, 0, 1);
        if (block.Words >= 20 && block.StopWordDensity >= 0.3)
        {
            return "en";
        }

        if (block.Words == 0)
        {
            return "und";
        }

        var language = Detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? "und" : language.IsoCode6391().ToString().ToLowerInvariant();
    }
}
