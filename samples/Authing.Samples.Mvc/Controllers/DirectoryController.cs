using Authing.AspNetCore.Client;
using Authing.Samples.Mvc.Infrastructure;
using Authing.Samples.Mvc.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Authing.Samples.Mvc.Controllers;

/// <summary>Sign in with a directory account: the user pool's LDAP directory or an Active Directory connector.</summary>
[Route("account/signin/directory")]
public sealed class DirectoryController(AuthingClient authing, IOptions<SampleOptions> options) : Controller
{
    private DirectorySignInOptions Directory => options.Value.DirectorySignIn;

    /// <summary>The directory sign-in page; not found when the site offers no directory sign-in.</summary>
    [HttpGet("")]
    public IActionResult SignIn(string? returnUrl)
        => Directory.Enabled ? View(Prepare(new DirectorySignInForm { ReturnUrl = returnUrl })) : NotFound();

    /// <summary>Signs in with the directory account; Authing creates the user on the first sign-in.</summary>
    [HttpPost("")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> SignIn(DirectorySignInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        bool ad = form.Kind == DirectorySignInForm.ActiveDirectoryKind;
        if (ad ? string.IsNullOrWhiteSpace(Directory.AdConnectorId) : !Directory.Ldap)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(Prepare(form));
        }

        try
        {
            AuthingUser user = ad
                ? await authing.LoginByAdAsync(new AdLoginRequest { AdConnectorId = Directory.AdConnectorId!, Username = form.Username, Password = form.Password }, cancellationToken)
                : await authing.LoginByLdapAsync(new LdapLoginRequest { Username = form.Username, Password = form.Password }, cancellationToken);
            await HttpContext.SignInWithAuthingAsync(user, new AuthenticationProperties());
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : Url.Content("~/"));
        }
        catch (AuthingException exception)
        {
            AuthingFormErrors.Add(ModelState, exception);
            return View(Prepare(form));
        }
    }

    private DirectorySignInForm Prepare(DirectorySignInForm form)
    {
        ViewData["OfferLdap"] = Directory.Ldap;
        ViewData["OfferAd"] = !string.IsNullOrWhiteSpace(Directory.AdConnectorId);
        if (!Directory.Ldap)
        {
            form.Kind = DirectorySignInForm.ActiveDirectoryKind;
        }

        return form;
    }
}
