namespace Authing.Emulator.Oidc;

/// <summary>The grant types of the token endpoint.</summary>
public static class OidcGrantTypes
{
    /// <summary>The authorization code grant (RFC 6749 section 4.1).</summary>
    public const string AuthorizationCode = "authorization_code";

    /// <summary>The resource owner password grant, as Authing's <c>loginByOidc</c> uses it.</summary>
    public const string Password = "password";

    /// <summary>The refresh token grant.</summary>
    public const string RefreshToken = "refresh_token";

    /// <summary>Authing's grant that exchanges a UserToken (<c>authingToken</c>) for OIDC tokens.</summary>
    public const string AuthingToken = "authingToken";

    /// <summary>Every grant type, in the order discovery lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [AuthorizationCode, Password, RefreshToken, AuthingToken];
}
