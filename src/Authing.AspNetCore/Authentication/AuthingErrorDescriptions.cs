namespace Authing.AspNetCore.Authentication;

/// <summary>The short texts of the <c>error_description</c> attribute, mapped from Authing's codes.</summary>
internal static class AuthingErrorDescriptions
{
    public const string Unavailable = "The token could not be validated";

    public static string ForRejection(int code) => code switch
    {
        2020 => "The user is not logged in",
        2206 => "The token expired",
        2207 => "The token is invalid",
        _ => "The token was rejected",
    };

    public static string? ForFailure(Exception failure) => failure switch
    {
        AuthingTokenRejectedException or AuthingUnavailableException => failure.Message,
        _ => null,
    };
}
