namespace Authing.AspNetCore.Client;

/// <summary>A login with Active Directory credentials through one of the pool's AD connectors.</summary>
public sealed record AdLoginRequest
{
    /// <summary>The AD connector id (Authing console: third-party login, Active Directory).</summary>
    public required string AdConnectorId { get; init; }

    /// <summary>The domain user, as <c>DOMAIN\name</c> or <c>name@domain.com</c>.</summary>
    public required string Username { get; init; }

    /// <summary>The domain password; sent as typed (the directory binds with it), so use HTTPS gateways.</summary>
    public required string Password { get; init; }
}
