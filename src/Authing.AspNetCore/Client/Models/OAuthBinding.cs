using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>A user's binding to a social login (<c>bindOtherOAuth</c>, <c>unbindOtherOAuth</c>).</summary>
public sealed record OAuthBinding
{
    /// <summary>The binding id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; init; }

    /// <summary>The user id.</summary>
    public string? User { get; init; }

    /// <summary>The user pool id.</summary>
    public string? Client { get; init; }

    /// <summary>The provider type.</summary>
    public string? Type { get; init; }

    /// <summary>The user's id at the provider.</summary>
    public string? Unionid { get; init; }

    /// <summary>The provider's user information, as a JSON string.</summary>
    public string? UserInfo { get; init; }

    /// <summary>When the binding was created.</summary>
    public string? CreatedAt { get; init; }
}
