namespace Authing.AspNetCore.Client;

/// <summary>The decoded payload of a UserToken.</summary>
public sealed record TokenInfo
{
    /// <summary>The user data.</summary>
    public TokenData? Data { get; init; }

    /// <summary>Issued at, in seconds since the Unix epoch.</summary>
    public long? Iat { get; init; }

    /// <summary>Expires at, in seconds since the Unix epoch.</summary>
    public long? Exp { get; init; }
}
