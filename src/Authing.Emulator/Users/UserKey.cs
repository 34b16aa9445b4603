namespace Authing.Emulator.Users;

/// <summary>The identifiers a user can be found and logged in by; each is unique in a pool.</summary>
public enum UserKey
{
    /// <summary>The e-mail address.</summary>
    Email,

    /// <summary>The phone number.</summary>
    Phone,

    /// <summary>The username.</summary>
    Username,

    /// <summary>The external identity.</summary>
    Unionid,
}
