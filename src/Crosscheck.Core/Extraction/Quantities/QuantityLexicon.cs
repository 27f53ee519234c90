using System.Collections.Frozen;

namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>The words and symbols the quantity parser knows: written numbers, scales, currencies, units, hedges.</summary>
internal static class QuantityLexicon
{
    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Plural scales that make an order of magnitude: "thousands of", "tens of thousands of".</summary>
    public static readonly FrozenDictionary<string, double> PluralScales = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["hundreds"] = 1e2, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Scale suffixes written against the digits ("5bn", "1k"); "m" and "b" only count after a currency.</summary>
    public static readonly FrozenDictionary<string, double> ScaleSuffixes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, double> MoneyScaleSuffixes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["m"] = 1e6, ["b"] = 1e9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "$", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₴"] = "UAH", ["₩"] = "KRW",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Country letters written against a dollar sign, before it ("US$") or after it ("$US").</summary>
    public static readonly FrozenDictionary<string, string> DollarCountries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["us"] = "USD", ["a"] = "AUD", ["au"] = "AUD", ["c"] = "CAD", ["ca"] = "CAD", ["nz"] = "NZD", ["hk"] = "HKD",
        ["s"] = "SGD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>ISO codes, recognised only when written in capitals.</summary>
    public static readonly FrozenSet<string> CurrencyCodes = new[]
    {
        "usd", "eur", "gbp", "jpy", "cny", "rub", "uah", "aud", "cad", "inr", "chf", "nzd", "hkd", "krw",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Currency names written after the number; "dollars" alone is a dollar of unstated country.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dollars"] = "$", ["dollar"] = "$", ["euros"] = "EUR", ["euro"] = "EUR", ["yen"] = "JPY", ["yuan"] = "CNY",
        ["renminbi"] = "CNY", ["rubles"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rouble"] = "RUB",
        ["hryvnias"] = "UAH", ["hryvnia"] = "UAH", ["hryvnas"] = "UAH", ["rupees"] = "INR", ["won"] = "KRW",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Adjectives before "dollars" that name its country; two-word names are keyed with a space.</summary>
    public static readonly FrozenDictionary<string, string> DollarAdjectives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["us"] = "USD", ["american"] = "USD", ["australian"] = "AUD", ["canadian"] = "CAD", ["hong kong"] = "HKD",
        ["singapore"] = "SGD", ["new zealand"] = "NZD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Measure units by their written forms; two-word units are keyed with a space.</summary>
    public static readonly FrozenDictionary<string, string> MeasureUnits = BuildUnits();

    /// <summary>Time units: a number of these is a duration, which the date resolver reports, not a quantity.</summary>
    public static readonly FrozenDictionary<string, string> TimeUnits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["second"] = "second", ["seconds"] = "second", ["minute"] = "minute", ["minutes"] = "minute", ["hour"] = "hour",
        ["hours"] = "hour", ["day"] = "day", ["days"] = "day", ["week"] = "week", ["weeks"] = "week", ["month"] = "month",
        ["months"] = "month", ["year"] = "year", ["years"] = "year", ["decade"] = "decade", ["decades"] = "decade",
        ["century"] = "century", ["centuries"] = "century", ["yr"] = "year", ["yrs"] = "year", ["hrs"] = "hour",
        ["mins"] = "minute", ["min"] = "minute",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Adverbs that state a rate on their own ("$5 million annually").</summary>
    public static readonly FrozenDictionary<string, string> RateAdverbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["daily"] = "day", ["weekly"] = "week", ["monthly"] = "month", ["annually"] = "year", ["yearly"] = "year",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Hedges before a number, longest first so that "no more than" wins over "more than".</summary>
    public static readonly (string[] Words, QuantityQualifier Qualifier)[] Qualifiers =
    [
        (["in", "excess", "of"], QuantityQualifier.MoreThan),
        (["no", "fewer", "than"], QuantityQualifier.AtLeast),
        (["no", "less", "than"], QuantityQualifier.AtLeast),
        (["no", "more", "than"], QuantityQualifier.AtMost),
        (["as", "many", "as"], QuantityQualifier.UpTo),
        (["as", "much", "as"], QuantityQualifier.UpTo),
        (["an", "estimated"], QuantityQualifier.Approximately),
        (["more", "than"], QuantityQualifier.MoreThan),
        (["upwards", "of"], QuantityQualifier.MoreThan),
        (["just", "over"], QuantityQualifier.MoreThan),
        (["well", "over"], QuantityQualifier.MoreThan),
        (["at", "least"], QuantityQualifier.AtLeast),
        (["up", "to"], QuantityQualifier.UpTo),
        (["at", "most"], QuantityQualifier.AtMost),
        (["fewer", "than"], QuantityQualifier.LessThan),
        (["less", "than"], QuantityQualifier.LessThan),
        (["close", "to"], QuantityQualifier.Nearly),
        (["just", "under"], QuantityQualifier.Nearly),
        (["about"], QuantityQualifier.Approximately),
        (["around"], QuantityQualifier.Approximately),
        (["roughly"], QuantityQualifier.Approximately),
        (["some"], QuantityQualifier.Approximately),
        (["approximately"], QuantityQualifier.Approximately),
        (["approx"], QuantityQualifier.Approximately),
        (["estimated"], QuantityQualifier.Approximately),
        (["nearly"], QuantityQualifier.Nearly),
        (["almost"], QuantityQualifier.Nearly),
        (["over"], QuantityQualifier.MoreThan),
        (["above"], QuantityQualifier.MoreThan),
        (["under"], QuantityQualifier.LessThan),
        (["below"], QuantityQualifier.LessThan),
    ];

    public static readonly FrozenSet<string> MonthNames = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a four-digit number that make it a year ("in 2014", "the 2022 budget").</summary>
    public static readonly FrozenSet<string> YearLeads = new[]
    {
        "in", "since", "until", "till", "by", "during", "from", "through", "before", "after", "of", "the", "early",
        "late", "mid", "circa", "year", "summer", "winter", "spring", "autumn", "fall", "and", "to", "between", "a",
        "this", "that", "its", "their", "his", "her", "our",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after which a number is a time of day or a label, not an amount.</summary>
    public static readonly FrozenSet<string> TimeOfDay = new[]
    {
        "am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "et", "pt", "hrs", "o'clock",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> BuildUnits()
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string symbol, params string[] forms)
        {
            foreach (var form in forms)
            {
                units[form] = symbol;
            }
        }

        Add("km", "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres");
        Add("mi", "mile", "miles");
        Add("nmi", "nautical mile", "nautical miles");
        Add("m", "meter", "meters", "metre", "metres");
        Add("cm", "cm", "centimeter", "centimeters", "centimetre", "centimetres");
        Add("mm", "mm", "millimeter", "millimeters", "millimetre", "millimetres");
        Add("ft", "ft", "foot", "feet");
        Add("in", "inch", "inches");
        Add("yd", "yard", "yards");
        Add("kg", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos");
        Add("g", "gram", "grams", "gramme", "grammes");
        Add("t", "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "metric tonne", "metric tonnes");
        Add("lb", "lb", "lbs", "pound", "pounds");
        Add("oz", "oz", "ounce", "ounces");
        Add("bbl", "barrel", "barrels", "bbl");
        Add("bbl/d", "bpd");
        Add("l", "liter", "liters", "litre", "litres");
        Add("gal", "gallon", "gallons");
        Add("m3", "cubic meter", "cubic meters", "cubic metre", "cubic metres");
        Add("km2", "km2", "square kilometer", "square kilometers", "square kilometre", "square kilometres", "sq km");
        Add("mi2", "square mile", "square miles", "sq mi");
        Add("ha", "ha", "hectare", "hectares");
        Add("acre", "acre", "acres");
        Add("MW", "mw", "megawatt", "megawatts");
        Add("GW", "gw", "gigawatt", "gigawatts");
        Add("kW", "kw", "kilowatt", "kilowatts");
        Add("MWh", "mwh", "megawatt-hour", "megawatt-hours");
        Add("kWh", "kwh");
        Add("km/h", "kph", "kmh");
        Add("mph", "mph");
        Add("kn", "knot", "knots");
        Add("°C", "celsius");
        Add("°F", "fahrenheit");
        return units.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
