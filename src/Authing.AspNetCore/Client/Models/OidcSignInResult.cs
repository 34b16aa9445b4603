using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>The answer of <c>signIn</c>: the user's OIDC claims and the application's tokens.</summary>
public sealed record OidcSignInResult
{
    /// <summary>The user id (OIDC <c>sub</c>).</summary>
    [JsonPropertyName("sub")]
    public string? Subject { get; init; }

    /// <summary>The user id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; init; }

    /// <summary>The user's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The user's nickname.</summary>
    [JsonPropertyName("nickname")]
    public string? Nickname { get; init; }

    /// <summary>The URL of the user's picture.</summary>
    [JsonPropertyName("picture")]
    public string? Picture { get; init; }

    /// <summary>The user's preferred user name.</summary>
    [JsonPropertyName("preferred_username")]
    public string? PreferredUsername { get; init; }

    /// <summary>The user's user name.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>The user pool the user belongs to.</summary>
    [JsonPropertyName("register_in_userpool")]
    public string? RegisterInUserPool { get; init; }

    /// <summary>The user's e-mail address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Whether the e-mail address is verified.</summary>
    [JsonPropertyName("email_verified")]
    public bool? EmailVerified { get; init; }

    /// <summary>The user's phone number.</summary>
    [JsonPropertyName("phone_number")]
    public string? PhoneNumber { get; init; }

    /// <summary>Whether the phone number is verified.</summary>
    [JsonPropertyName("phone_number_verified")]
    public bool? PhoneNumberVerified { get; init; }

    /// <summary>The user's UserToken.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    /// <summary>The OIDC access token.</summary>
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>The OIDC id_token.</summary>
    [JsonPropertyName("id_token")]
    public string? IdToken { get; init; }

    /// <summary>The OIDC refresh token, for <see cref="AuthingClient.RefreshSignInTokenAsync"/>.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>The access token's lifetime in seconds.</summary>
    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }

    /// <summary>The token type, <c>Bearer</c>.</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    /// <summary>The granted scope, space separated.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
}
