namespace Authing.AspNetCore.Client;

/// <summary>The <c>data</c> claim of a UserToken.</summary>
public sealed record TokenData
{
    /// <summary>The user id.</summary>
    public string? Id { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The user pool id.</summary>
    public string? ClientId { get; init; }

    /// <summary>The external identifier.</summary>
    public string? Unionid { get; init; }
}
