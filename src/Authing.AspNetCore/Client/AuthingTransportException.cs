using System.Net;

namespace Authing.AspNetCore.Client;

/// <summary>Authing could not be reached or answered something that is not a GraphQL/JSON answer: network failure, timeout, non-2xx status or a non-JSON body.</summary>
public sealed class AuthingTransportException : AuthingException
{
    /// <summary>Creates an exception without details.</summary>
    public AuthingTransportException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public AuthingTransportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AuthingTransportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a failed exchange.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status, when a response arrived.</param>
    /// <param name="innerException">The cause.</param>
    public AuthingTransportException(string message, HttpStatusCode? statusCode, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status code of the response, or <see langword="null"/> when none arrived.</summary>
    public HttpStatusCode? StatusCode { get; }
}
