namespace Authing.AspNetCore.Mfa;

/// <summary>An MFA step was refused; <see cref="Error"/> says why.</summary>
public sealed class AuthingMfaException : Exception
{
    /// <summary>Creates an exception without details.</summary>
    public AuthingMfaException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public AuthingMfaException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AuthingMfaException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a refused step.</summary>
    /// <param name="error">Why the step was refused.</param>
    /// <param name="message">A sentence for people.</param>
    /// <param name="remainingAttempts">For <see cref="AuthingMfaError.InvalidCode"/> at login, how many more codes the challenge accepts.</param>
    public AuthingMfaException(AuthingMfaError error, string message, int? remainingAttempts = null)
        : base(message)
    {
        Error = error;
        RemainingAttempts = remainingAttempts;
    }

    /// <summary>Why the step was refused.</summary>
    public AuthingMfaError Error { get; }

    /// <summary>How many more codes the login challenge accepts, when a code was wrong.</summary>
    public int? RemainingAttempts { get; }
}
