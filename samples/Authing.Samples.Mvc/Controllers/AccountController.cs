using Authing.AspNetCore.Client;
using Authing.AspNetCore.Cookies;
using Authing.AspNetCore.Mfa;
using Authing.AspNetCore.Oidc;
using Authing.Samples.Mvc.Infrastructure;
using Authing.Samples.Mvc.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Authing.Samples.Mvc.Controllers;

/// <summary>Sign in (password or SMS code), register (e-mail or phone), forgotten password, sign out.</summary>
[Route("account")]
public sealed class AccountController(AuthingClient authing, AuthingMfaService mfa) : Controller
{
    /// <summary>The sign-in page.</summary>
    [HttpGet("signin")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    /// <summary>Signs in with an e-mail address or user name and a password; a user with MFA on goes on to the code page.</summary>
    [HttpPost("signin")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> SignIn(SignInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        bool isEmail = form.Account.Contains('@', StringComparison.Ordinal);
        var request = new LoginRequest
        {
            Email = isEmail ? form.Account : null,
            Username = isEmail ? null : form.Account,
            Password = form.Password,
        };
        try
        {
            AuthingMfaLoginResult result = await mfa.LoginAsync(request, cancellationToken);
            if (result.Challenge is { } challenge)
            {
                TempData[MfaController.ChallengeKey] = challenge.Token;
                return RedirectToAction(nameof(MfaController.Challenge), "Mfa", new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
            }

            return await SignInAndRedirectAsync(result.User!, form.RememberMe, form.ReturnUrl);
        }
        catch (AuthingException exception)
        {
            AuthingFormErrors.Add(ModelState, exception);
            return View(form);
        }
    }

    /// <summary>The page to sign in (or register) with a phone number and an SMS code.</summary>
    [HttpGet("signin/phone")]
    public IActionResult PhoneSignIn(string? returnUrl) => View(new PhoneSignInForm { ReturnUrl = returnUrl });

    /// <summary>Sends an SMS code to the phone number of the form.</summary>
    [HttpPost("signin/phone/code")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> SendPhoneCode(PhoneSignInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ModelState.Remove(nameof(PhoneSignInForm.Code));
        if (ModelState.IsValid)
        {
            await SendCodeAsync(() => authing.SendSmsCodeAsync(form.Phone, cancellationToken), "An SMS code is on its way.");
        }

        return View(nameof(PhoneSignIn), form);
    }

    /// <summary>Signs in with the phone number and its SMS code.</summary>
    [HttpPost("signin/phone")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> PhoneSignIn(PhoneSignInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrEmpty(form.Code))
        {
            ModelState.AddModelError(nameof(PhoneSignInForm.Code), "Enter the code from the SMS.");
        }

        if (!ModelState.IsValid || !int.TryParse(form.Code, out int code))
        {
            return View(form);
        }

        try
        {
            AuthingUser user = await authing.LoginByPhoneCodeAsync(new PhoneCodeLoginRequest { Phone = form.Phone, PhoneCode = code }, cancellationToken);
            return await SignInAndRedirectAsync(user, persistent: false, form.ReturnUrl);
        }
        catch (AuthingException exception)
        {
            AuthingFormErrors.Add(ModelState, exception);
            return View(form);
        }
    }

    /// <summary>The registration page (e-mail and password).</summary>
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm());

    /// <summary>Registers with an e-mail address and a password, then signs in.</summary>
    [HttpPost("register")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        try
        {
            AuthingUser user = await authing.RegisterAsync(new RegisterRequest { Email = form.Email, Password = form.Password }, cancellationToken);
            await authing.SendVerifyEmailAsync(form.Email, cancellationToken);
            TempData["Message"] = "Welcome! We sent you an e-mail to verify your address.";
            return await SignInNewUserAsync(user, cancellationToken);
        }
        catch (AuthingException exception)
        {
            AuthingFormErrors.Add(ModelState, exception);
            return View(form);
        }
    }

    /// <summary>The page to register with a phone number and an SMS code.</summary>
    [HttpGet("register/phone")]
    public IActionResult PhoneRegister() => View(new PhoneSignInForm());

    /// <summary>Sends a registration SMS code (refused for a phone already registered).</summary>
    [HttpPost("register/phone/code")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> SendRegisterCode(PhoneSignInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ModelState.Remove(nameof(PhoneSignInForm.Code));
        if (ModelState.IsValid)
        {
            await SendCodeAsync(() => authing.SendRegisterSmsCodeAsync(form.Phone, cancellationToken), "An SMS code is on its way.");
        }

        return View(nameof(PhoneRegister), form);
    }

    /// <summary>Registers with the phone number and its SMS code, then signs in with the same code.</summary>
    [HttpPost("register/phone")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> PhoneRegister(PhoneSignInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrEmpty(form.Code))
        {
            ModelState.AddModelError(nameof(PhoneSignInForm.Code), "Enter the code from the SMS.");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        try
        {
            AuthingUser user = await authing.RegisterAsync(new RegisterRequest { Phone = form.Phone, PhoneCode = form.Code }, cancellationToken);
            TempData["Message"] = "Welcome! Your account is ready.";
            return await SignInNewUserAsync(user, cancellationToken);
        }
        catch (AuthingException exception)
        {
            AuthingFormErrors.Add(ModelState, exception);
            return View(form);
        }
    }

    /// <summary>The forgotten-password page: request a code, then set a new password with it.</summary>
    [HttpGet("password/reset")]
    public IActionResult ResetPassword(string? email) => View(new ResetPasswordForm { Email = email ?? string.Empty });

    /// <summary>E-mails a reset code.</summary>
    [HttpPost("password/reset/code")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> SendResetCode(ResetPasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            await SendCodeAsync(() => authing.SendResetPasswordEmailAsync(form.Email, cancellationToken), "A code is on its way to your e-mail.");
        }

        return View(nameof(ResetPassword), form);
    }

    /// <summary>Sets the new password with the e-mailed code.</summary>
    [HttpPost("password/reset")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrEmpty(form.Code))
        {
            ModelState.AddModelError(nameof(ResetPasswordForm.Code), "Enter the code from the e-mail.");
        }

        if (string.IsNullOrEmpty(form.NewPassword))
        {
            ModelState.AddModelError(nameof(ResetPasswordForm.NewPassword), "Choose a new password.");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        try
        {
            await authing.ChangePasswordAsync(form.Email, form.NewPassword!, form.Code!, cancellationToken);
            TempData["Message"] = "Your password was changed. Sign in with the new one.";
            return RedirectToAction(nameof(SignIn));
        }
        catch (AuthingException exception)
        {
            AuthingFormErrors.Add(ModelState, exception);
            return View(form);
        }
    }

    /// <summary>Signs out of the site.</summary>
    [HttpPost("signout")]
    public async Task<IActionResult> SignOutOfSite()
    {
        if (User.Identities.Any(identity => identity.AuthenticationType == AuthingOidcDefaults.AuthenticationScheme))
        {
            return SignOut(new AuthenticationProperties { RedirectUri = "/" }, AuthingCookieDefaults.AuthenticationScheme, AuthingOidcDefaults.AuthenticationScheme);
        }

        await HttpContext.SignOutAsync(AuthingCookieDefaults.AuthenticationScheme);
        TempData["Message"] = "You are signed out.";
        return RedirectToAction(nameof(HomeController.Index), "Home");
    }

    /// <summary>Shown when a signed-in user opens a page they may not see.</summary>
    [HttpGet("denied")]
    public IActionResult Denied() => View();

    private async Task<IActionResult> SignInAndRedirectAsync(AuthingUser user, bool persistent, string? returnUrl)
    {
        await HttpContext.SignInWithAuthingAsync(user, new AuthenticationProperties { IsPersistent = persistent });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/"));
    }

    /// <summary>Signs a user in right after registration with a UserToken issued for them (the registration proved who they are).</summary>
    private async Task<IActionResult> SignInNewUserAsync(AuthingUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(user.Token))
        {
            RefreshedToken issued = await authing.RefreshTokenAsync(user.Id, cancellationToken);
            user = user with { Token = issued.Token };
        }

        return await SignInAndRedirectAsync(user, persistent: false, Url.Action(nameof(ProfileController.Index), "Profile"));
    }

    private async Task SendCodeAsync(Func<Task> send, string confirmation)
    {
        try
        {
            await send();
            ViewData["Message"] = confirmation;
        }
        catch (AuthingException exception)
        {
            AuthingFormErrors.Add(ModelState, exception);
        }
    }
}
