using Authing.AspNetCore.Client;
using Authing.Samples.Mvc.Infrastructure;
using Authing.Samples.Mvc.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Authing.Samples.Mvc.Controllers;

/// <summary>User administration for the users who meet the admin policy: list, search, details, block, log out, delete.</summary>
[Authorize(Policy = SamplePolicies.Admin)]
[Route("admin/users")]
public sealed class AdminController(AuthingClient authing, UserDirectory directory) : Controller
{
    private const int UserNotFound = 2004;

    /// <summary>The user list, a page at a time, optionally filtered by a search text.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, string? q = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return View(await directory.ListAsync(page, q, cancellationToken));
        }
        catch (AuthingException exception)
        {
            TempData["Error"] = AuthingFormErrors.Describe(exception);
            return View(new AdminUserList([], 1, 1, 0, q));
        }
    }

    /// <summary>One user's details.</summary>
    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        if (!UserDirectory.IsUserId(id))
        {
            return NotFound();
        }

        try
        {
            AuthingUser? user = await authing.GetUserAsync(id, cancellationToken);
            return user is null ? NotFound() : View(user);
        }
        catch (AuthingException exception) when (exception.Code == UserNotFound)
        {
            return NotFound();
        }
        catch (AuthingException exception)
        {
            TempData["Error"] = AuthingFormErrors.Describe(exception);
            return RedirectToAction(nameof(Index));
        }
    }

    /// <summary>Blocks or unblocks a user: a blocked user cannot sign in.</summary>
    [HttpPost("{id}/block")]
    public Task<IActionResult> Block(string id, bool blocked, CancellationToken cancellationToken) =>
        ActAsync(
            id,
            () => authing.UpdateUserAsync(new UpdateUserRequest { Id = id, Blocked = blocked }, cancellationToken),
            blocked ? "The user is blocked." : "The user is unblocked.");

    /// <summary>Ends every session of a user: tokens issued before now stop working.</summary>
    [HttpPost("{id}/logout")]
    public Task<IActionResult> LogOut(string id, CancellationToken cancellationToken) =>
        ActAsync(id, () => authing.LogoutAsync(id, cancellationToken), "The user was logged out everywhere.");

    /// <summary>Deletes a user.</summary>
    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        if (!UserDirectory.IsUserId(id))
        {
            return NotFound();
        }

        if (id == User.UserId())
        {
            TempData["Error"] = "You cannot delete your own account from the admin pages.";
            return RedirectToAction(nameof(Details), new { id });
        }

        try
        {
            await authing.RemoveUsersAsync([id], User.UserId(), cancellationToken);
            TempData["Message"] = "The user was deleted.";
            return RedirectToAction(nameof(Index));
        }
        catch (AuthingException exception)
        {
            TempData["Error"] = AuthingFormErrors.Describe(exception);
            return RedirectToAction(nameof(Details), new { id });
        }
    }

    private async Task<IActionResult> ActAsync(string id, Func<Task> action, string confirmation)
    {
        if (!UserDirectory.IsUserId(id))
        {
            return NotFound();
        }

        try
        {
            await action();
            TempData["Message"] = confirmation;
        }
        catch (AuthingException exception)
        {
            TempData["Error"] = AuthingFormErrors.Describe(exception);
        }

        return RedirectToAction(nameof(Details), new { id });
    }
}
