namespace Authing.AspNetCore.Client;

/// <summary>The answer of <c>decodeJwtToken</c>.</summary>
public sealed record DecodedJwtToken
{
    /// <summary>The user data.</summary>
    public TokenData? Data { get; init; }

    /// <summary>Whether the token is valid, with Authing's code and message.</summary>
    public AuthingStatus? Status { get; init; }

    /// <summary>Issued at, in seconds since the Unix epoch.</summary>
    public long? Iat { get; init; }

    /// <summary>Expires at, in seconds since the Unix epoch.</summary>
    public long? Exp { get; init; }
}
