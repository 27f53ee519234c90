namespace Crosscheck.Core.Claims;

internal enum DateMentionKind
{
    Weekday,
    MonthDay,
    Year,
    Relative,
}
