using Authing.AspNetCore.Client;
using Authing.Samples.Mvc.Infrastructure;
using Authing.Samples.Mvc.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Authing.Samples.Mvc.Controllers;

/// <summary>The signed-in user's account: profile, password, e-mail, phone and social accounts.</summary>
[Authorize]
[Route("account/profile")]
public sealed class ProfileController(AuthingClient authing) : Controller
{
    /// <summary>The profile page.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        AuthingUser user = await LoadUserAsync(cancellationToken);
        return View(new ProfilePage(user, new ProfileForm { Nickname = user.Nickname, Company = user.Company, Photo = user.Photo }));
    }

    /// <summary>Saves the nickname, company and photo URL.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Index(ProfileForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var request = new UpdateUserRequest { Id = User.UserId(), Nickname = form.Nickname ?? string.Empty, Company = form.Company ?? string.Empty, Photo = form.Photo ?? string.Empty };
            if (await TryAsync(async () => await RefreshSessionAsync(await authing.UpdateUserAsync(request, cancellationToken))))
            {
                TempData["Message"] = "Your profile was saved.";
                return RedirectToAction(nameof(Index));
            }
        }

        return View(new ProfilePage(await LoadUserAsync(cancellationToken), form));
    }

    /// <summary>Sends the e-mail that verifies the user's address.</summary>
    [HttpPost("email/verify")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> SendVerifyEmail(CancellationToken cancellationToken)
    {
        AuthingUser user = await LoadUserAsync(cancellationToken);
        if (string.IsNullOrEmpty(user.Email))
        {
            TempData["Error"] = "Your account has no e-mail address to verify.";
        }
        else
        {
            await NotifyAsync(() => authing.SendVerifyEmailAsync(user.Email, cancellationToken), "A verification e-mail is on its way.");
        }

        return RedirectToAction(nameof(Index));
    }

    /// <summary>Removes the e-mail address (Authing refuses when no other way to sign in remains).</summary>
    [HttpPost("email/unbind")]
    public async Task<IActionResult> UnbindEmail(CancellationToken cancellationToken)
    {
        string token = await HttpContext.UserTokenAsync();
        await NotifyAsync(async () => await RefreshSessionAsync(await authing.UnbindEmailAsync(token, cancellationToken: cancellationToken)), "Your e-mail address was removed.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The change-password page.</summary>
    [HttpGet("password")]
    public IActionResult Password() => View(new ChangePasswordForm());

    /// <summary>Changes the password after checking the current one.</summary>
    [HttpPost("password")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> Password(ChangePasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var request = new UpdateUserRequest { Id = User.UserId(), Password = form.NewPassword, OldPassword = form.OldPassword };
            if (await TryAsync(() => authing.UpdateUserAsync(request, cancellationToken)))
            {
                TempData["Message"] = "Your password was changed.";
                return RedirectToAction(nameof(Index));
            }
        }

        return View(form);
    }

    /// <summary>The change-e-mail page.</summary>
    [HttpGet("email")]
    public IActionResult Email() => View(new ContactChangeForm());

    /// <summary>Sends change codes to the new address and to the current one.</summary>
    [HttpPost("email/codes")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> SendEmailCodes(ContactChangeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            string token = await HttpContext.UserTokenAsync();
            AuthingUser user = await LoadUserAsync(cancellationToken);
            await TryAsync(async () =>
            {
                await authing.SendChangeEmailCodeAsync(token, form.NewValue, cancellationToken);
                if (!string.IsNullOrEmpty(user.Email))
                {
                    await authing.SendChangeEmailCodeAsync(token, user.Email, cancellationToken);
                }

                ViewData["Message"] = "Codes are on their way to the new address and, if you have one, the current address.";
            });
        }

        return View(nameof(Email), form);
    }

    /// <summary>Changes the e-mail address with the codes.</summary>
    [HttpPost("email")]
    public async Task<IActionResult> Email(ContactChangeForm form, CancellationToken cancellationToken) =>
        await ChangeContactAsync(form, user => user.Email, authing.UpdateEmailAsync, "Your e-mail address was changed.", cancellationToken);

    /// <summary>The change-phone page.</summary>
    [HttpGet("phone")]
    public IActionResult Phone() => View(new ContactChangeForm());

    /// <summary>Sends SMS codes to the new number and to the current one.</summary>
    [HttpPost("phone/codes")]
    [EnableRateLimiting(SamplePolicies.SignInLimit)]
    public async Task<IActionResult> SendPhoneCodes(ContactChangeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            AuthingUser user = await LoadUserAsync(cancellationToken);
            await TryAsync(async () =>
            {
                await authing.SendSmsCodeAsync(form.NewValue, cancellationToken);
                if (!string.IsNullOrEmpty(user.Phone))
                {
                    await authing.SendSmsCodeAsync(user.Phone, cancellationToken);
                }

                ViewData["Message"] = "SMS codes are on their way to the new number and, if you have one, the current number.";
            });
        }

        return View(nameof(Phone), form);
    }

    /// <summary>Changes the phone number with the codes.</summary>
    [HttpPost("phone")]
    public async Task<IActionResult> Phone(ContactChangeForm form, CancellationToken cancellationToken) =>
        await ChangeContactAsync(form, user => user.Phone, authing.UpdatePhoneAsync, "Your phone number was changed.", cancellationToken);

    /// <summary>The social accounts page: the pool's providers and which ones the user has bound.</summary>
    [HttpGet("social")]
    public async Task<IActionResult> Social(CancellationToken cancellationToken)
    {
        IReadOnlyList<OAuthBindingState> providers = [];
        await TryAsync(async () => providers = await authing.NotBindOAuthListAsync(User.UserId(), cancellationToken));
        return View(new SocialAccountsPage(providers));
    }

    /// <summary>Unbinds a social account.</summary>
    [HttpPost("social/unbind")]
    public async Task<IActionResult> UnbindSocial(string type, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return BadRequest();
        }

        string token = await HttpContext.UserTokenAsync();
        await NotifyAsync(() => authing.UnbindOtherOAuthAsync(token, type, cancellationToken: cancellationToken), "The social account was unbound.");
        return RedirectToAction(nameof(Social));
    }

    private async Task<IActionResult> ChangeContactAsync(
        ContactChangeForm form,
        Func<AuthingUser, string?> current,
        Func<string, ContactChangeRequest, CancellationToken, Task<AuthingUser>> change,
        string confirmation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrEmpty(form.NewCode))
        {
            ModelState.AddModelError(nameof(ContactChangeForm.NewCode), "Enter the code sent to the new value.");
        }

        if (ModelState.IsValid)
        {
            string token = await HttpContext.UserTokenAsync();
            AuthingUser user = await LoadUserAsync(cancellationToken);
            var request = new ContactChangeRequest { NewValue = form.NewValue, NewCode = form.NewCode!, OldValue = current(user), OldCode = form.OldCode };
            if (await TryAsync(async () => await RefreshSessionAsync(await change(token, request, cancellationToken))))
            {
                TempData["Message"] = confirmation;
                return RedirectToAction(nameof(Index));
            }
        }

        return View(form);
    }

    private async Task<AuthingUser> LoadUserAsync(CancellationToken cancellationToken) =>
        await authing.GetUserAsync(User.UserId(), cancellationToken)
        ?? throw new InvalidOperationException("The signed-in user no longer exists in Authing.");

    /// <summary>Signs the session in again with the updated user, so the claims show the change; the UserToken stays.</summary>
    private async Task RefreshSessionAsync(AuthingUser updated)
    {
        AuthenticateResult session = await HttpContext.AuthenticateAsync();
        await HttpContext.SignInWithAuthingAsync(updated with { Token = await HttpContext.UserTokenAsync() }, session.Properties);
    }

    private async Task<bool> TryAsync(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (AuthingException exception)
        {
            AuthingFormErrors.Add(ModelState, exception);
            return false;
        }
    }

    private async Task NotifyAsync(Func<Task> call, string confirmation)
    {
        try
        {
            await call();
            TempData["Message"] = confirmation;
        }
        catch (AuthingException exception)
        {
            TempData["Error"] = AuthingFormErrors.Describe(exception);
        }
    }
}
