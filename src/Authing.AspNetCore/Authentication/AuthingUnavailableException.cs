namespace Authing.AspNetCore.Authentication;

/// <summary>Authing could not be asked about the token (its <see cref="Exception.InnerException"/> says why); the handler failed closed.</summary>
public sealed class AuthingUnavailableException : Exception
{
    /// <summary>Creates the exception with the default message.</summary>
    public AuthingUnavailableException()
        : base(AuthingErrorDescriptions.Unavailable)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public AuthingUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the default message and the upstream failure.</summary>
    /// <param name="innerException">The upstream failure.</param>
    public AuthingUnavailableException(Exception innerException)
        : base(AuthingErrorDescriptions.Unavailable, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the upstream failure.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The upstream failure.</param>
    public AuthingUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
