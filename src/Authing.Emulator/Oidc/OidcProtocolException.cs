namespace Authing.Emulator.Oidc;

/// <summary>An OAuth 2.0 / OIDC error: the <c>error</c> code, its description and the HTTP status to answer with.</summary>
public sealed class OidcProtocolException(string error, string description, int statusCode = StatusCodes.Status400BadRequest)
    : Exception(description)
{
    /// <summary>The error code, for example <c>invalid_grant</c>.</summary>
    public string Error { get; } = error;

    /// <summary>The HTTP status: 400, or 401 for <c>invalid_client</c>.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>A grant that is invalid, expired, revoked or issued to another client.</summary>
    public static OidcProtocolException InvalidGrant(string description) => new("invalid_grant", description);

    /// <summary>A request that misses or repeats a parameter.</summary>
    public static OidcProtocolException InvalidRequest(string description) => new("invalid_request", description);
}
