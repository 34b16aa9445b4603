namespace Authing.AspNetCore.Client;

/// <summary>The GraphQL gateway an operation is sent to.</summary>
internal enum AuthingGateway
{
    /// <summary><see cref="AuthingClientOptions.UsersGateway"/>.</summary>
    Users,

    /// <summary><see cref="AuthingClientOptions.OAuthGateway"/>.</summary>
    OAuth,
}
