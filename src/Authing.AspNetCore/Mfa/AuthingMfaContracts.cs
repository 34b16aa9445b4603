namespace Authing.AspNetCore.Mfa;

/// <summary>The body of <c>POST {prefix}/login</c>: one of <see cref="Email"/>, <see cref="Username"/> or <see cref="Phone"/>, and the password.</summary>
public sealed record AuthingMfaLoginInput
{
    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The password.</summary>
    public string? Password { get; init; }
}

/// <summary>The body of <c>POST {prefix}/login/verify</c>.</summary>
public sealed record AuthingMfaVerifyInput
{
    /// <summary>The challenge from the login's answer.</summary>
    public string? Challenge { get; init; }

    /// <summary>The six-digit code from the authenticator app.</summary>
    public string? Code { get; init; }
}

/// <summary>The body of <c>POST {prefix}/enrollment/confirm</c> and <c>POST {prefix}/disable</c>.</summary>
public sealed record AuthingMfaCodeInput
{
    /// <summary>The six-digit code from the authenticator app.</summary>
    public string? Code { get; init; }
}

/// <summary>The answer of the login endpoints.</summary>
public sealed record AuthingMfaLoginResponse
{
    /// <summary><c>signed_in</c>, or <c>mfa_required</c> with <see cref="Challenge"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The user id, once signed in.</summary>
    public string? UserId { get; init; }

    /// <summary>The UserToken, once signed in, with <see cref="AuthingMfaCompletion.UserToken"/>.</summary>
    public string? UserToken { get; init; }

    /// <summary>The challenge to post back with a code.</summary>
    public string? Challenge { get; init; }

    /// <summary>When the challenge ends.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
