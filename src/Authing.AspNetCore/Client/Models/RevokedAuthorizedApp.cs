using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>The answer of <c>RevokeUserAuthorizedApp</c>.</summary>
public sealed record RevokedAuthorizedApp
{
    /// <summary>Whether the authorization is revoked (Authing sends the string <c>"true"</c>).</summary>
    [JsonPropertyName("isRevoked")]
    public string? IsRevoked { get; init; }

    /// <summary>The id of the authorization record.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; init; }

    /// <summary>The scope the user had granted.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
}
