using Authing.AspNetCore.Client;
using Authing.AspNetCore.Mfa;
using Authing.Samples.Mvc.Infrastructure;
using Authing.Samples.Mvc.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Authing.Samples.Mvc.Controllers;

/// <summary>
/// Two-step sign-in with an authenticator app: the code page of a sign-in, and the page that turns MFA on (with a
/// QR code) and off. The flow is the library's <see cref="AuthingMfaService"/>, the same the JSON endpoints use.
/// </summary>
[Route("mfa")]
public sealed class MfaController(AuthingMfaService mfa) : Controller
{
    /// <summary>The key under which the sign-in page hands the challenge to <see cref="Challenge()"/>.</summary>
    public const string ChallengeKey = "MfaChallenge";

    /// <summary>The code page of a sign-in that needs one; without an open challenge it sends the user to sign in.</summary>
    [HttpGet("challenge")]
    public IActionResult Challenge(string? returnUrl, bool rememberMe = false)
        => TempData[ChallengeKey] is string challenge
            ? View(new MfaChallengeForm { Challenge = challenge, ReturnUrl = returnUrl, RememberMe = rememberMe })
            : RedirectToAction(nameof(AccountController.SignIn), "Account", new { returnUrl });

    /// <summary>Completes the sign-in with the code.</summary>
    [HttpPost("challenge")]
    [EnableRateLimiting(AuthingMfaDefaults.RateLimiterPolicy)]
    public async Task<IActionResult> Challenge(MfaChallengeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        try
        {
            AuthingUser user = await mfa.CompleteLoginAsync(form.Challenge, form.Code, cancellationToken);
            await HttpContext.SignInWithAuthingAsync(user, new AuthenticationProperties { IsPersistent = form.RememberMe });
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : Url.Content("~/"));
        }
        catch (AuthingMfaException exception) when (exception.Error is AuthingMfaError.InvalidCode or AuthingMfaError.MalformedCode)
        {
            string left = exception.RemainingAttempts is { } remaining ? $" {remaining} attempts left." : string.Empty;
            ModelState.AddModelError(nameof(MfaChallengeForm.Code), exception.Message + left);
            return View(form);
        }
        catch (AuthingMfaException exception)
        {
            TempData["Error"] = exception.Message;
            return RedirectToAction(nameof(AccountController.SignIn), "Account", new { returnUrl = form.ReturnUrl });
        }
        catch (AuthingException exception)
        {
            AuthingFormErrors.Add(ModelState, exception);
            return View(form);
        }
    }

    /// <summary>The signed-in user's two-step sign-in page.</summary>
    [Authorize]
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        AuthingMfaStatus status = await mfa.GetStatusAsync(await HttpContext.UserTokenAsync(), User.UserId(), cancellationToken);
        return View(new MfaPage(status.Enabled, null, new MfaCodeForm()));
    }

    /// <summary>Creates a new secret and shows it as a QR code; MFA turns on once a code from it is confirmed.</summary>
    [Authorize]
    [HttpPost("enroll")]
    public async Task<IActionResult> Enroll(CancellationToken cancellationToken)
    {
        string account = User.Identity?.Name ?? User.UserId();
        try
        {
            AuthingMfaEnrollment enrollment = await mfa.BeginEnrollmentAsync(await HttpContext.UserTokenAsync(), User.UserId(), account, cancellationToken);
            return View(nameof(Index), new MfaPage(false, enrollment, new MfaCodeForm()));
        }
        catch (AuthingMfaException exception)
        {
            TempData["Error"] = exception.Message;
            return RedirectToAction(nameof(Index));
        }
    }

    /// <summary>Turns MFA on with a code from the new secret.</summary>
    [Authorize]
    [HttpPost("confirm")]
    [EnableRateLimiting(AuthingMfaDefaults.RateLimiterPolicy)]
    public Task<IActionResult> Confirm(MfaCodeForm form, CancellationToken cancellationToken)
        => ChangeAsync(form, enabled: false, (token, code) => mfa.ConfirmEnrollmentAsync(token, User.UserId(), code, cancellationToken), "Two-step sign-in is on.");

    /// <summary>Turns MFA off with a current code.</summary>
    [Authorize]
    [HttpPost("disable")]
    [EnableRateLimiting(AuthingMfaDefaults.RateLimiterPolicy)]
    public Task<IActionResult> Disable(MfaCodeForm form, CancellationToken cancellationToken)
        => ChangeAsync(form, enabled: true, (token, code) => mfa.DisableAsync(token, User.UserId(), code, cancellationToken), "Two-step sign-in is off.");

    private async Task<IActionResult> ChangeAsync(MfaCodeForm form, bool enabled, Func<string, string, Task> change, string done)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            try
            {
                await change(await HttpContext.UserTokenAsync(), form.Code);
                TempData["Message"] = done;
                return RedirectToAction(nameof(Index));
            }
            catch (AuthingMfaException exception)
            {
                ModelState.AddModelError(nameof(MfaCodeForm.Code), exception.Message);
            }
            catch (AuthingException exception)
            {
                AuthingFormErrors.Add(ModelState, exception);
            }
        }

        return View(nameof(Index), new MfaPage(enabled, null, form));
    }
}
