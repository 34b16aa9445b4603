namespace Authing.AspNetCore.Client;

/// <summary>A new UserToken from <c>refreshToken</c>.</summary>
public sealed record RefreshedToken
{
    /// <summary>The new UserToken.</summary>
    public string Token { get; init; } = "";

    /// <summary>Issued at, in seconds since the Unix epoch.</summary>
    public long? Iat { get; init; }

    /// <summary>Expires at, in seconds since the Unix epoch.</summary>
    public long? Exp { get; init; }
}
