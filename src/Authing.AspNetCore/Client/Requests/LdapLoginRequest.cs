namespace Authing.AspNetCore.Client;

/// <summary>A login with the credentials of the user pool's LDAP directory.</summary>
public sealed record LdapLoginRequest
{
    /// <summary>The login name in the directory: a user name or an e-mail address, as the pool's LDAP settings match it.</summary>
    public required string Username { get; init; }

    /// <summary>The directory password; sent as typed (the directory binds with it), so use HTTPS gateways.</summary>
    public required string Password { get; init; }

    /// <summary>The client's browser.</summary>
    public string? Browser { get; init; }

    /// <summary>The client's device.</summary>
    public string? Device { get; init; }

    /// <summary>The user pool; defaults to <see cref="AuthingClientOptions.UserPoolId"/>.</summary>
    public string? ClientId { get; init; }
}
