using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Admin;

/// <summary>A user as the admin API shows it: profile and status, never a token or password.</summary>
public sealed record AdminUser
{
    /// <summary>The user id (24 hexadecimal characters).</summary>
    public required string Id { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Whether the e-mail address is verified.</summary>
    public bool? EmailVerified { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The nickname.</summary>
    public string? Nickname { get; init; }

    /// <summary>The company.</summary>
    public string? Company { get; init; }

    /// <summary>The avatar URL.</summary>
    public string? Photo { get; init; }

    /// <summary>How the user registered, for example <c>default:username-password</c>.</summary>
    public string? RegisterMethod { get; init; }

    /// <summary>The number of logins.</summary>
    public int? LoginsCount { get; init; }

    /// <summary>The last login time, as Authing writes it (a JavaScript date string).</summary>
    public string? LastLogin { get; init; }

    /// <summary>The sign-up time, as Authing writes it.</summary>
    public string? SignedUp { get; init; }

    /// <summary>Whether the user is blocked.</summary>
    public bool? Blocked { get; init; }

    internal static AdminUser From(AuthingUser user) => new()
    {
        Id = user.Id,
        Email = user.Email,
        EmailVerified = user.EmailVerified,
        Phone = user.Phone,
        Username = user.Username,
        Nickname = user.Nickname,
        Company = user.Company,
        Photo = user.Photo,
        RegisterMethod = user.RegisterMethod,
        LoginsCount = user.LoginsCount,
        LastLogin = user.LastLogin,
        SignedUp = user.SignedUp,
        Blocked = user.Blocked,
    };
}
