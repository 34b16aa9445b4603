using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>An OAuth application a user has authorized.</summary>
public sealed record AuthorizedOAuthApp
{
    /// <summary>The application id (used to revoke the authorization).</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; init; }

    /// <summary>The application's name.</summary>
    public string? Name { get; init; }

    /// <summary>The application's second-level domain.</summary>
    public string? Domain { get; init; }

    /// <summary>The user pool the application belongs to.</summary>
    public string? ClientId { get; init; }

    /// <summary>The application's description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the application was deleted.</summary>
    public bool? IsDeleted { get; init; }

    /// <summary>The grants the application may use.</summary>
    public IReadOnlyList<string> Grants { get; init; } = [];

    /// <summary>The application's registered redirect URIs.</summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    /// <summary>When the application was created (a JavaScript date string).</summary>
    public string? When { get; init; }
}
