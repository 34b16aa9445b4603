namespace Authing.Emulator.Tokens;

/// <summary>The <c>data</c> of a UserToken.</summary>
public sealed record TokenClaims(string? Id, string? Email, string? ClientId, string? Unionid, string? Phone);
