namespace Authing.AspNetCore.Authentication;

/// <summary>The data a UserToken carries: <c>{id, email, phone, clientId, unionid}</c> plus <c>iat</c> and <c>exp</c>.</summary>
/// <param name="UserId">The user's id (a 24-hex ObjectId).</param>
/// <param name="Email">The user's e-mail address, if any.</param>
/// <param name="Phone">The user's phone number, if any.</param>
/// <param name="ClientId">The user pool (client) the token was issued by.</param>
/// <param name="Unionid">The user's union id at a social identity provider, if any.</param>
/// <param name="IssuedAt">When the token was issued, in Unix seconds.</param>
/// <param name="ExpiresAt">When the token expires, in Unix seconds.</param>
public sealed record AuthingTokenClaims(string UserId, string? Email, string? Phone, string? ClientId, string? Unionid, long? IssuedAt, long? ExpiresAt);
