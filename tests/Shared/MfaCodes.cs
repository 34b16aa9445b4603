using System.Globalization;
using Authing.Internal;

namespace Authing.Tests.Shared;

/// <summary>TOTP codes for the MFA tests: what an authenticator app shows, and a code that it cannot show.</summary>
internal static class MfaCodes
{
    /// <summary>The code of the time step of <paramref name="now"/>.</summary>
    public static string Current(byte[] key, DateTimeOffset now) => Totp.Code(key, Totp.StepAt(now));

    /// <summary>The first six-digit code that no accepted step (the current one and the drift either side) produces.</summary>
    public static string Wrong(byte[] key, DateTimeOffset now)
    {
        int candidate = 0;
        while (Totp.Match(key, candidate.ToString("D6", CultureInfo.InvariantCulture), now) is not null)
        {
            candidate++;
        }

        return candidate.ToString("D6", CultureInfo.InvariantCulture);
    }
}
