using System.Security.Claims;
using Authing.AspNetCore.Authentication;

namespace Authing.AspNetCore.Admin;

/// <summary>Who is calling the admin API, for logs and Authing's <c>operator</c> argument.</summary>
internal static class AuthingAdminCaller
{
    /// <summary>The caller's user id (<c>sub</c>, else the name identifier), or <see langword="null"/> when anonymous.</summary>
    public static string? Id(ClaimsPrincipal user) =>
        user.FindFirst(AuthingClaimTypes.Subject)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
}
