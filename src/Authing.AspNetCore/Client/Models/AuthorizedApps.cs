using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>The SSO applications a user has authorized (<c>GetUserAuthorizedApps</c>).</summary>
public sealed record AuthorizedApps
{
    /// <summary>The OAuth applications.</summary>
    [JsonPropertyName("OAuthApps")]
    public IReadOnlyList<AuthorizedOAuthApp> OAuthApps { get; init; } = [];

    /// <summary>The OIDC applications.</summary>
    [JsonPropertyName("OIDCApps")]
    public IReadOnlyList<AuthorizedOidcApp> OidcApps { get; init; } = [];

    /// <summary>How many applications the user authorized in all pages.</summary>
    [JsonPropertyName("totalCount")]
    public int TotalCount { get; init; }
}
