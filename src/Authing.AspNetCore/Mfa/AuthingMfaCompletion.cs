namespace Authing.AspNetCore.Mfa;

/// <summary>What the login endpoints do once a user has proven who they are.</summary>
public enum AuthingMfaCompletion
{
    /// <summary>Sign the user into the Authing cookie scheme (<c>AddAuthingCookie()</c>); the token stays on the server.</summary>
    Cookie,

    /// <summary>Return the UserToken in the response, for clients that send it as a bearer token.</summary>
    UserToken,
}
