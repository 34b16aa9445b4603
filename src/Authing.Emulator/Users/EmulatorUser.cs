namespace Authing.Emulator.Users;

/// <summary>A user of a pool, as stored. The password is only ever kept as a hash.</summary>
public sealed class EmulatorUser
{
    /// <summary>The 24-hex id.</summary>
    public required string Id { get; init; }

    /// <summary>The pool the user belongs to (Authing's <c>registerInClient</c>).</summary>
    public required string PoolId { get; init; }

    /// <summary>The e-mail address, if any.</summary>
    public string? Email { get; set; }

    /// <summary>True once the e-mail was verified.</summary>
    public bool EmailVerified { get; set; }

    /// <summary>The phone number, if any.</summary>
    public string? Phone { get; set; }

    /// <summary>True once the phone number was verified by an SMS code.</summary>
    public bool PhoneVerified { get; set; }

    /// <summary>The username; defaults to the e-mail or phone it registered with.</summary>
    public string? Username { get; set; }

    /// <summary>The nickname.</summary>
    public string? Nickname { get; set; }

    /// <summary>The company.</summary>
    public string? Company { get; set; }

    /// <summary>The avatar URL.</summary>
    public string? Photo { get; set; }

    /// <summary>The browser last used.</summary>
    public string? Browser { get; set; }

    /// <summary>The device last used.</summary>
    public string? Device { get; set; }

    /// <summary>The external identity (social login, LDAP) the user registered with.</summary>
    public string? Unionid { get; set; }

    /// <summary>Free-form OAuth or custom data, as a JSON string.</summary>
    public string? Oauth { get; set; }

    /// <summary>The password hash (ASP.NET Core Identity's format), or null when the user has no password.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>How the user registered, e.g. <c>default:username-password</c>.</summary>
    public string? RegisterMethod { get; set; }

    /// <summary>The last UserToken issued.</summary>
    public string? Token { get; set; }

    /// <summary>When the last UserToken expires.</summary>
    public DateTimeOffset? TokenExpiredAt { get; set; }

    /// <summary>How many times the user logged in.</summary>
    public int LoginsCount { get; set; }

    /// <summary>The last login.</summary>
    public DateTimeOffset? LastLogin { get; set; }

    /// <summary>The IP of the last login.</summary>
    public string? LastIP { get; set; }

    /// <summary>When the user registered.</summary>
    public DateTimeOffset SignedUp { get; set; }

    /// <summary>True when the user may not log in.</summary>
    public bool Blocked { get; set; }

    /// <summary>True when the user is marked deleted.</summary>
    public bool IsDeleted { get; set; }
}
