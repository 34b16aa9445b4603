namespace Authing.Emulator.Users;

/// <summary>An identity proven by an external directory (LDAP, AD), with the fields a new pool user starts with.</summary>
public sealed record ExternalAccount
{
    /// <summary>The identity's unionid, unique in the pool (the entry's DN for LDAP, <c>ad|connector|DN</c> for AD).</summary>
    public required string Unionid { get; init; }

    /// <summary>How the user registered, for example <c>ad</c>.</summary>
    public required string RegisterMethod { get; init; }

    /// <summary>The directory entry as a JSON string; refreshed at every login.</summary>
    public required string Oauth { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The nickname.</summary>
    public string? Nickname { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }
}
