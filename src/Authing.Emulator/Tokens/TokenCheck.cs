using Authing.Emulator.Errors;

namespace Authing.Emulator.Tokens;

/// <summary>
/// The outcome of checking a UserToken: <see cref="Code"/> 200 with its claims, or the error (2020, 2206, 2207).
/// </summary>
public sealed record TokenCheck(int Code, string Message, TokenClaims? Claims, long? Iat, long? Exp)
{
    /// <summary>True for a valid token.</summary>
    public bool Status => Code == 200;

    /// <summary>A valid token.</summary>
    public static TokenCheck Valid(TokenClaims claims, long iat, long exp) => new(200, "已登录", claims, iat, exp);

    /// <summary>A rejected token.</summary>
    public static TokenCheck Rejected(AuthingError error, TokenClaims? claims = null, long? iat = null, long? exp = null)
        => new(error.Code, error.Message, claims, iat, exp);
}
