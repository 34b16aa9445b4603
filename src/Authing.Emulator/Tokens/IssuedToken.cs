namespace Authing.Emulator.Tokens;

/// <summary>A token just issued, with its issue and expiry times in Unix seconds.</summary>
public sealed record IssuedToken(string Token, long Iat, long Exp, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
