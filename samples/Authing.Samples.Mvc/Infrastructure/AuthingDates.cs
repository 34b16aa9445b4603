using System.Globalization;
using Authing.Emulator.Formats;

namespace Authing.Samples.Mvc.Infrastructure;

/// <summary>
/// Shows Authing's user dates (JavaScript's <c>Date.toString()</c>, e.g. <c>Tue Oct 17 2017 21:02:01 GMT+0800 (CST)</c>,
/// ISO 8601 or Unix time; read by <see cref="JsDate.TryParse"/>) as <c>2017-10-17 21:02 +08:00</c>; anything else is shown
/// as Authing sent it.
/// </summary>
public static class AuthingDates
{
    /// <summary>The readable form of <paramref name="value"/>; empty for none.</summary>
    /// <param name="value">A date from an Authing user object.</param>
    /// <returns>The date in the offset Authing gave, to the minute.</returns>
    public static string Display(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        return JsDate.TryParse(value, out DateTimeOffset instant) ? instant.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : value;
    }
}
