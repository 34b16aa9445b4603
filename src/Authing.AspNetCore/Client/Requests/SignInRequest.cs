namespace Authing.AspNetCore.Client;

/// <summary>
/// A <c>signIn</c> to an OIDC application through GraphQL: one of <see cref="Email"/>, <see cref="Phone"/>,
/// <see cref="Username"/> or <see cref="Unionid"/>, and <see cref="Password"/>.
/// </summary>
public sealed record SignInRequest
{
    /// <summary>The OIDC application's id.</summary>
    public required string OidcAppId { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The external identifier.</summary>
    public string? Unionid { get; init; }

    /// <summary>The password in clear; <c>signIn</c> takes it as is (over TLS).</summary>
    public string? Password { get; init; }

    /// <summary>The user pool; defaults to <see cref="AuthingClientOptions.UserPoolId"/>.</summary>
    public string? UserPoolId { get; init; }
}
