namespace Authing.AspNetCore.Client;

/// <summary>The answer of <c>checkLoginStatus</c>: 200 logged in, 2020 not logged in, 2206 expired, 2207 invalid.</summary>
public sealed record LoginStatus
{
    /// <summary>Whether the token is valid.</summary>
    public bool Status { get; init; }

    /// <summary>The Authing code.</summary>
    public int? Code { get; init; }

    /// <summary>The Authing message.</summary>
    public string? Message { get; init; }

    /// <summary>The token payload, when valid.</summary>
    public TokenInfo? Token { get; init; }
}
