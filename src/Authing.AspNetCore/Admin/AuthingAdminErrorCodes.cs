using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Admin;

/// <summary>How the admin API answers an Authing error: the HTTP status and the ProblemDetails title.</summary>
internal static class AuthingAdminErrorCodes
{
    /// <summary>The title of a 404 answer.</summary>
    public const string UserNotFoundTitle = "The user does not exist.";

    private const int UserNotFound = 2004;
    private const int UserExists = 2026;
    private const int EmailAlreadyBound = 2035;
    private const int NotLoggedIn = 2020;
    private const int TokenExpired = 2206;
    private const int TokenInvalid = 2207;

    /// <summary>
    /// 2004 → 404; 2026 and 2035 → 409; 2020, 2206, 2207 (the OwnerToken itself was refused) and errors without a code
    /// (Authing rejected the request document) → 502; any other business code is a refusal of the input → 400.
    /// </summary>
    public static (int Status, string Title) Map(int? code) => code switch
    {
        UserNotFound => (StatusCodes.Status404NotFound, UserNotFoundTitle),
        UserExists or EmailAlreadyBound => (StatusCodes.Status409Conflict, "Another user already has this e-mail, phone or user name."),
        null or NotLoggedIn or TokenExpired or TokenInvalid => (StatusCodes.Status502BadGateway, "Authing refused the server's administrator request."),
        _ => (StatusCodes.Status400BadRequest, "Authing refused the request."),
    };
}
