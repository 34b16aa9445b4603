namespace Authing.AspNetCore.Authentication;

/// <summary>Authing rejected the token; <see cref="Code"/> says why (2020 not logged in, 2206 expired, 2207 invalid).</summary>
public sealed class AuthingTokenRejectedException : Exception
{
    /// <summary>Creates the exception for Authing's <paramref name="code"/>.</summary>
    /// <param name="code">Authing's status code.</param>
    public AuthingTokenRejectedException(int code)
        : base(AuthingErrorDescriptions.ForRejection(code)) => Code = code;

    /// <summary>Creates the exception with a message and no code.</summary>
    /// <param name="message">The message.</param>
    public AuthingTokenRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, an inner exception and no code.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AuthingTokenRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the default message and no code.</summary>
    public AuthingTokenRejectedException()
    {
    }

    /// <summary>Authing's status code, or 0 when unknown.</summary>
    public int Code { get; }
}
