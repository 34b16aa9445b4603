namespace Authing.AspNetCore.Client;

/// <summary>Authing answered with an error: a business error (with a <see cref="Code"/>) or a GraphQL validation error.</summary>
public class AuthingException : Exception
{
    /// <summary>Creates an exception without details.</summary>
    public AuthingException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public AuthingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AuthingException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for an error Authing reported.</summary>
    /// <param name="operationName">The operation that failed.</param>
    /// <param name="code">The Authing error code, when the error carried one.</param>
    /// <param name="authingMessage">The message Authing sent.</param>
    public AuthingException(string operationName, int? code, string authingMessage)
        : base(code is null ? $"Authing operation '{operationName}' failed: {authingMessage}" : $"Authing operation '{operationName}' failed with code {code}: {authingMessage}")
    {
        OperationName = operationName;
        Code = code;
        AuthingMessage = authingMessage;
    }

    /// <summary>The operation that failed (GraphQL operation name or REST path template).</summary>
    public string? OperationName { get; }

    /// <summary>The Authing error code (for example 2026 user exists), or <see langword="null"/> for validation errors.</summary>
    public int? Code { get; }

    /// <summary>The message Authing sent, unchanged.</summary>
    public string? AuthingMessage { get; }
}
