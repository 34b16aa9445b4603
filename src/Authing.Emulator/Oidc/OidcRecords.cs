namespace Authing.Emulator.Oidc;

/// <summary>An authorization code as stored (the code itself only as its SHA-256).</summary>
internal sealed record StoredCode(
    string GrantId, string ClientId, string UserId, string RedirectUri, string Scope, string? Nonce, string? CodeChallenge, DateTimeOffset AuthTime, DateTimeOffset ExpiresAt, bool Used);

/// <summary>A refresh token as stored (the token itself only as its SHA-256).</summary>
internal sealed record StoredRefreshToken(string GrantId, string ClientId, string UserId, string Scope, DateTimeOffset AuthTime, DateTimeOffset ExpiresAt, bool Used);

/// <summary>A user's consent to an app: the scopes granted and when.</summary>
internal sealed record StoredConsent(string Id, string ClientId, string Scope, DateTimeOffset GrantedAt);

/// <summary>A browser signed in at the provider.</summary>
internal sealed record ProviderSession(string PoolId, string UserId, DateTimeOffset AuthTime);
