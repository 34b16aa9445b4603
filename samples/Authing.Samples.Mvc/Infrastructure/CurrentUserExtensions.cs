using System.Security.Claims;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Cookies;
using Microsoft.AspNetCore.Authentication;

namespace Authing.Samples.Mvc.Infrastructure;

/// <summary>The signed-in user's id and UserToken, as the cookie session keeps them.</summary>
public static class CurrentUserExtensions
{
    /// <summary>The user id (<c>sub</c>).</summary>
    /// <param name="user">The signed-in principal.</param>
    /// <returns>The id.</returns>
    public static string UserId(this ClaimsPrincipal user) =>
        user?.FindFirstValue(AuthingClaimTypes.Subject) ?? throw new InvalidOperationException("The principal carries no user id.");

    /// <summary>The UserToken kept in the cookie session.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The token.</returns>
    public static async Task<string> UserTokenAsync(this HttpContext context) =>
        await context.GetTokenAsync(AuthingCookieDefaults.AuthenticationScheme, AuthingCookieDefaults.UserTokenName)
        ?? throw new InvalidOperationException("The session carries no UserToken.");
}
