namespace Authing.Emulator.Oidc;

/// <summary>What the token endpoint answers: the tokens, the access token's lifetime in seconds and the granted scope.</summary>
public sealed record OidcTokenSet(string AccessToken, string? IdToken, string? RefreshToken, long ExpiresIn, string Scope);
