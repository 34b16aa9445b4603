using Authing.AspNetCore.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Authing.Samples.Mvc.Controllers;

/// <summary>"Sign in with Authing": the OIDC authorization code flow against the configured OIDC application.</summary>
[Route("account/signin/authing")]
public sealed class OidcSignInController(IAuthenticationSchemeProvider schemes) : Controller
{
    /// <summary>Sends the browser to Authing's sign-in page; it comes back signed in to <paramref name="returnUrl"/> (a local path).</summary>
    /// <param name="returnUrl">Where to go after signing in.</param>
    /// <returns>The challenge, or 404 when no OIDC application is configured.</returns>
    [HttpPost("")]
    public async Task<IActionResult> SignIn(string? returnUrl)
    {
        if (await schemes.GetSchemeAsync(AuthingOidcDefaults.AuthenticationScheme) is null)
        {
            return NotFound();
        }

        string target = Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
        return Challenge(new AuthenticationProperties { RedirectUri = target }, AuthingOidcDefaults.AuthenticationScheme);
    }
}
