namespace Authing.AspNetCore.Client;

/// <summary>Authing's OIDC token endpoint refused a request: <c>{error, error_description}</c> per RFC 6749.</summary>
public sealed class AuthingOidcException : AuthingException
{
    /// <summary>Creates an exception without details.</summary>
    public AuthingOidcException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public AuthingOidcException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AuthingOidcException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for an error the token endpoint reported.</summary>
    /// <param name="operationName">The request that failed.</param>
    /// <param name="error">The OAuth error code, for example <c>invalid_grant</c>.</param>
    /// <param name="errorDescription">The endpoint's description of the error, if any.</param>
    public AuthingOidcException(string operationName, string error, string? errorDescription)
        : base(operationName, null, errorDescription is null ? error : $"{error}: {errorDescription}")
    {
        Error = error;
        ErrorDescription = errorDescription;
    }

    /// <summary>The OAuth error code, for example <c>invalid_grant</c> (the credential or refresh token is no longer valid) or <c>invalid_client</c>.</summary>
    public string? Error { get; }

    /// <summary>The endpoint's description of the error, if any.</summary>
    public string? ErrorDescription { get; }
}
