namespace Authing.AspNetCore.Client;

/// <summary>Binds a social login to a user.</summary>
public sealed record BindOAuthRequest
{
    /// <summary>The provider type, for example <c>github</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The user's id at the provider.</summary>
    public required string Unionid { get; init; }

    /// <summary>The provider's user information as a JSON string.</summary>
    public required string UserInfo { get; init; }

    /// <summary>The user id; Authing defaults it to the token's user.</summary>
    public string? UserId { get; init; }
}
