using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>An OIDC application a user has authorized.</summary>
public sealed record AuthorizedOidcApp
{
    /// <summary>The application id (used to revoke the authorization).</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; init; }

    /// <summary>The application's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The application's client_id.</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    /// <summary>The application's second-level domain.</summary>
    [JsonPropertyName("domain")]
    public string? Domain { get; init; }

    /// <summary>The application's description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>When the application was created (a JavaScript date string).</summary>
    [JsonPropertyName("when")]
    public string? When { get; init; }

    /// <summary>Whether the application was deleted.</summary>
    [JsonPropertyName("isDeleted")]
    public bool? IsDeleted { get; init; }

    /// <summary>The response types the application may ask for.</summary>
    [JsonPropertyName("response_types")]
    public IReadOnlyList<string> ResponseTypes { get; init; } = [];

    /// <summary>The grants the application may use.</summary>
    [JsonPropertyName("grant_types")]
    public IReadOnlyList<string> GrantTypes { get; init; } = [];

    /// <summary>How the application authenticates at the token endpoint.</summary>
    [JsonPropertyName("token_endpoint_auth_method")]
    public string? TokenEndpointAuthMethod { get; init; }

    /// <summary>The application's registered redirect URIs.</summary>
    [JsonPropertyName("redirect_uris")]
    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    /// <summary>The URL of the application's logo.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }
}
