using System.Globalization;

namespace Authing.Emulator.Formats;

/// <summary>Dates as Authing's user objects show them: JavaScript's <c>Date.toString()</c> in China Standard Time.</summary>
public static class JsDate
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>Formats an instant, e.g. <c>Tue Oct 17 2017 21:02:01 GMT+0800 (CST)</c>; null stays null.</summary>
    public static string? Format(DateTimeOffset? instant)
        => instant is { } value
            ? value.ToOffset(ChinaStandardTime).ToString("ddd MMM dd yyyy HH:mm:ss 'GMT+0800 (CST)'", CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// Reads a date given by a client: the JavaScript form above, ISO 8601, or Unix seconds or milliseconds.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            instant = number > 100_000_000_000
                ? DateTimeOffset.FromUnixTimeMilliseconds(number)
                : DateTimeOffset.FromUnixTimeSeconds(number);
            return true;
        }

        var paren = trimmed.IndexOf(" (", StringComparison.Ordinal);
        var withoutZoneName = (paren > 0 ? trimmed[..paren] : trimmed).Replace("GMT", string.Empty, StringComparison.Ordinal);
        return DateTimeOffset.TryParseExact(withoutZoneName, "ddd MMM dd yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out instant)
            || DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }
}
