using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>A user's MFA record (<c>queryMFA</c>, <c>changeMFA</c>): whether logins need a TOTP code, and the TOTP secret.</summary>
public sealed record AuthingMfa
{
    /// <summary>The id of the MFA record (24-hex ObjectId).</summary>
    [JsonPropertyName("_id")]
    public string Id { get; init; } = "";

    /// <summary>The user the record belongs to.</summary>
    public string? UserId { get; init; }

    /// <summary>The user's pool.</summary>
    public string? UserPoolId { get; init; }

    /// <summary>Whether password logins need a TOTP code (<see cref="LoginRequest.MfaCode"/>).</summary>
    public bool Enable { get; init; }

    /// <summary>The TOTP secret, base32 (what an authenticator app is given). Never log it.</summary>
    public string? ShareKey { get; init; }
}
