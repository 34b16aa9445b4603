using Authing.AspNetCore.Client;
using Authing.Samples.Mvc.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Authing.Samples.Mvc.Controllers;

/// <summary>The SSO applications the signed-in user has authorized, and revoking one.</summary>
[Authorize]
[Route("account/apps")]
public sealed class AuthorizedAppsController(AuthingClient authing) : Controller
{
    /// <summary>Lists the applications.</summary>
    /// <param name="cancellationToken">Cancelled when the browser goes away.</param>
    /// <returns>The page.</returns>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await authing.GetAuthorizedAppsAsync(User.UserId(), count: 50, cancellationToken: cancellationToken));

    /// <summary>Revokes the user's authorization of an application: its refresh tokens stop working and it asks for consent again.</summary>
    /// <param name="appId">The application id.</param>
    /// <param name="cancellationToken">Cancelled when the browser goes away.</param>
    /// <returns>Back to the list.</returns>
    [HttpPost("revoke")]
    public async Task<IActionResult> Revoke(string appId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(appId))
        {
            return BadRequest();
        }

        try
        {
            await authing.RevokeAuthorizedAppAsync(User.UserId(), appId, cancellationToken);
            TempData["Message"] = "The application's access was revoked.";
        }
        catch (AuthingException exception) when (exception is not AuthingTransportException)
        {
            TempData["Error"] = "The application could not be revoked: " + exception.AuthingMessage;
        }

        return RedirectToAction(nameof(Index));
    }
}
