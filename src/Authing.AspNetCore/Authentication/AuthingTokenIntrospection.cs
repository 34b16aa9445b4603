namespace Authing.AspNetCore.Authentication;

/// <summary>Authing's verdict on a UserToken.</summary>
/// <param name="Active"><see langword="true"/> when Authing accepts the token.</param>
/// <param name="Code">Authing's status code: 200 when accepted; 2020 (not logged in), 2206 (expired) or 2207 (invalid) when rejected.</param>
/// <param name="Message">Authing's message for the code, if any.</param>
/// <param name="Claims">The token's data; required when <paramref name="Active"/> is <see langword="true"/>.</param>
public sealed record AuthingTokenIntrospection(bool Active, int Code, string? Message, AuthingTokenClaims? Claims);
