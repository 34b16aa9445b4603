namespace Authing.AspNetCore.Client;

/// <summary>The identifiers to look for: any of <see cref="Email"/>, <see cref="Phone"/>, <see cref="Username"/>.</summary>
public sealed record UserExistRequest
{
    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The user pool; defaults to <see cref="AuthingClientOptions.UserPoolId"/>.</summary>
    public string? UserPoolId { get; init; }
}
