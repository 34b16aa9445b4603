using Authing.AspNetCore.Client;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Mfa;

/// <summary>The ProblemDetails answers of the MFA endpoints; the <c>error</c> extension names the case for programs.</summary>
internal static class AuthingMfaProblems
{
    private static readonly int[] SignInRefusals = [2004, 2006, 2020, 2206, 2207];

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "The request is not valid.", detail, "invalid_request");

    public static IResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "Not signed in.", detail, "unauthorized");

    public static IResult From(AuthingMfaException exception) => exception.Error switch
    {
        AuthingMfaError.MalformedCode => Problem(StatusCodes.Status400BadRequest, "The code is not valid.", exception.Message, "malformed_code"),
        AuthingMfaError.InvalidCode => Problem(StatusCodes.Status401Unauthorized, "The code is not valid.", exception.Message, "invalid_code", exception.RemainingAttempts),
        AuthingMfaError.ChallengeExpired => Problem(StatusCodes.Status401Unauthorized, "The sign-in challenge has expired.", exception.Message, "challenge_expired"),
        AuthingMfaError.TooManyAttempts => Problem(StatusCodes.Status401Unauthorized, "Too many wrong codes.", exception.Message, "too_many_attempts", 0),
        AuthingMfaError.AlreadyEnabled or AuthingMfaError.NotEnabled => Problem(StatusCodes.Status409Conflict, "MFA is not in the state this step needs.", exception.Message, exception.Error == AuthingMfaError.AlreadyEnabled ? "already_enabled" : "not_enabled"),
        _ => Problem(StatusCodes.Status401Unauthorized, "The sign-in challenge is not valid.", exception.Message, "invalid_challenge"),
    };

    public static IResult From(AuthingException exception) => exception switch
    {
        AuthingTransportException => Problem(StatusCodes.Status503ServiceUnavailable, "Authing could not be reached.", "Try again in a moment.", "authing_unavailable"),
        { Code: { } code } when SignInRefusals.Contains(code) => Problem(StatusCodes.Status401Unauthorized, "Authing refused the sign-in.", exception.AuthingMessage, "authing_refused", authingCode: code),
        _ => Problem(StatusCodes.Status400BadRequest, "Authing refused the request.", exception.AuthingMessage, "authing_refused", authingCode: exception.Code),
    };

    private static IResult Problem(int status, string title, string? detail, string error, int? remainingAttempts = null, int? authingCode = null)
    {
        var extensions = new Dictionary<string, object?> { ["error"] = error };
        if (remainingAttempts is { } remaining)
        {
            extensions["remainingAttempts"] = remaining;
        }

        if (authingCode is { } code)
        {
            extensions["authingCode"] = code;
        }

        return Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }
}
