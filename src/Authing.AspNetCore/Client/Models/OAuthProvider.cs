using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>A social login configured for the user pool (<c>ReadOauthList</c>).</summary>
public sealed record OAuthProvider
{
    /// <summary>The configuration id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; init; }

    /// <summary>The provider name.</summary>
    public string? Name { get; init; }

    /// <summary>The provider logo URL.</summary>
    public string? Image { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the provider is enabled.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The user pool id.</summary>
    public string? Client { get; init; }

    /// <summary>The owner of the configuration.</summary>
    public string? User { get; init; }

    /// <summary>The URL that starts the social login.</summary>
    public string? Url { get; init; }
}
