namespace Authing.AspNetCore.Client;

/// <summary>Names an MFA record: by <see cref="Id"/>, or by <see cref="UserId"/> (and <see cref="UserPoolId"/>).</summary>
public sealed record MfaQuery
{
    /// <summary>The id of the MFA record.</summary>
    public string? Id { get; init; }

    /// <summary>The user whose record it is.</summary>
    public string? UserId { get; init; }

    /// <summary>The user's pool; defaults to <see cref="AuthingClientOptions.UserPoolId"/> when <see cref="UserId"/> is given.</summary>
    public string? UserPoolId { get; init; }
}
