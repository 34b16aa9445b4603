namespace Authing.AspNetCore.Authentication;

/// <summary>A cached verdict of Authing and the instant it stops being reused.</summary>
/// <param name="Introspection">Authing's verdict.</param>
/// <param name="ExpiresAt">The earlier of the configured lifetime and the token's <c>exp</c>.</param>
internal sealed record AuthingCacheEntry(AuthingTokenIntrospection Introspection, DateTimeOffset ExpiresAt);

