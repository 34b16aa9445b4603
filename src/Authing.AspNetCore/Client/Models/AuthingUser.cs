using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>A user as Authing returns it; fields an operation does not select stay <see langword="null"/>.</summary>
public sealed record AuthingUser
{
    /// <summary>The user id (24-hex ObjectId).</summary>
    [JsonPropertyName("_id")]
    public string Id { get; init; } = "";

    /// <summary>The identifier from a social or external identity provider.</summary>
    public string? Unionid { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Whether the e-mail address is verified.</summary>
    public bool? EmailVerified { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The nickname.</summary>
    public string? Nickname { get; init; }

    /// <summary>The company.</summary>
    public string? Company { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The avatar URL.</summary>
    public string? Photo { get; init; }

    /// <summary>The browser recorded at sign-up or login.</summary>
    public string? Browser { get; init; }

    /// <summary>The device recorded at sign-up.</summary>
    public string? Device { get; init; }

    /// <summary>The user pool the user belongs to.</summary>
    public string? RegisterInClient { get; init; }

    /// <summary>How the user registered, for example <c>default:username-password</c>.</summary>
    public string? RegisterMethod { get; init; }

    /// <summary>OAuth or custom data stored as a JSON string.</summary>
    public string? Oauth { get; init; }

    /// <summary>The UserToken (a JWT) issued by the last login.</summary>
    public string? Token { get; init; }

    /// <summary>When <see cref="Token"/> expires (a JavaScript date string).</summary>
    public string? TokenExpiredAt { get; init; }

    /// <summary>The number of logins.</summary>
    public int? LoginsCount { get; init; }

    /// <summary>The last login time (a JavaScript date string).</summary>
    public string? LastLogin { get; init; }

    /// <summary>The IP address of the last login.</summary>
    [JsonPropertyName("lastIP")]
    public string? LastIP { get; init; }

    /// <summary>The sign-up time (a JavaScript date string).</summary>
    public string? SignedUp { get; init; }

    /// <summary>Whether the user is blocked.</summary>
    public bool? Blocked { get; init; }

    /// <summary>Whether the user is deleted.</summary>
    public bool? IsDeleted { get; init; }

    /// <summary>The user's group, when selected.</summary>
    public AuthingGroup? Group { get; init; }
}
