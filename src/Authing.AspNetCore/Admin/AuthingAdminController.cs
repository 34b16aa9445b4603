using System.ComponentModel.DataAnnotations;
using Authing.AspNetCore.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Admin;

/// <summary>
/// The admin user-management routes. Each one proxies to Authing through the registered client with the pool's
/// OwnerToken, which stays on the server. Callers are checked by <see cref="AuthingAdminAuthorizationFilter"/>, Authing's
/// errors mapped by <see cref="AuthingAdminExceptionFilter"/>; <see cref="AuthingAdminRouteConvention"/> sets the prefix.
/// </summary>
[ApiController]
[Route(AuthingAdminApiDefaults.RoutePrefix)]
[Tags(AuthingAdminApiDefaults.Tag)]
[ServiceFilter<AuthingAdminAuthorizationFilter>]
[ServiceFilter<AuthingAdminExceptionFilter>]
[ProducesResponseType(typeof(void), StatusCodes.Status401Unauthorized)]
[ProducesResponseType(typeof(void), StatusCodes.Status403Forbidden)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
internal sealed class AuthingAdminController(
    IAuthingClientFactory clients,
    AuthingAdminApiRegistration registration,
    ILogger<AuthingAdminController> logger) : ControllerBase
{
    private const string GetUserRoute = "AuthingAdminGetUser";

    private AuthingClient Authing => clients.GetClient(registration.ClientName);

    private string? Caller => AuthingAdminCaller.Id(User);

    /// <summary>Lists the pool's users a page at a time.</summary>
    [HttpGet]
    [EndpointSummary("List the pool's users a page at a time")]
    [ProducesResponseType<AdminUserPage>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AdminUserPage>> ListAsync(
        [FromQuery, Range(1, int.MaxValue)] int page = 1,
        [FromQuery, Range(1, AuthingAdminApiDefaults.MaxPageSize)] int count = AuthingAdminApiDefaults.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        AuthingUserPage users = await Authing.ListUsersAsync(page, count, cancellationToken).ConfigureAwait(false);
        LogSucceeded(userId: null);
        return new AdminUserPage { Page = page, Count = count, TotalCount = users.TotalCount, Users = [.. users.List.Select(AdminUser.From)] };
    }

    /// <summary>Reads one user.</summary>
    [HttpGet("{id}", Name = GetUserRoute)]
    [EndpointSummary("Read one user")]
    [ProducesResponseType<AdminUser>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<AdminUser>> GetAsync([ObjectId] string id, CancellationToken cancellationToken = default)
    {
        AuthingUser? user = await Authing.GetUserAsync(id, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return UserNotFound();
        }

        LogSucceeded(id);
        return AdminUser.From(user);
    }

    /// <summary>Reads several users by id; unknown ids are left out.</summary>
    [HttpGet("by-ids")]
    [EndpointSummary("Read several users by id")]
    [ProducesResponseType<AdminUserList>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AdminUserList>> GetManyAsync(
        [FromQuery, Required, MinLength(1), MaxLength(AuthingAdminApiDefaults.MaxPageSize), ObjectId] string[] ids,
        CancellationToken cancellationToken = default)
    {
        AuthingUserPage users = await Authing.GetUsersByIdsAsync(ids, cancellationToken).ConfigureAwait(false);
        LogSucceeded(userId: null);
        return new AdminUserList { Users = [.. users.List.Select(AdminUser.From)] };
    }

    /// <summary>Registers a user.</summary>
    [HttpPost]
    [EndpointSummary("Register a user")]
    [ProducesResponseType<AdminUser>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<AdminUser>> CreateAsync(AdminUserCreate user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        AuthingUser created = await Authing.RegisterAsync(
            new RegisterRequest
            {
                Email = user.Email,
                Username = user.Username,
                Phone = user.Phone,
                Password = user.Password,
                Nickname = user.Nickname,
                Photo = user.Photo,
            },
            cancellationToken).ConfigureAwait(false);
        LogSucceeded(created.Id);
        return CreatedAtRoute(GetUserRoute, new { id = created.Id }, AdminUser.From(created));
    }

    /// <summary>Changes a user's profile or status.</summary>
    [HttpPatch("{id}")]
    [EndpointSummary("Change a user's profile or status")]
    [ProducesResponseType<AdminUser>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<AdminUser>> UpdateAsync([ObjectId] string id, AdminUserUpdate changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        AuthingUser updated = await Authing.UpdateUserAsync(
            new UpdateUserRequest
            {
                Id = id,
                Email = changes.Email,
                EmailVerified = changes.EmailVerified,
                Phone = changes.Phone,
                Username = changes.Username,
                Nickname = changes.Nickname,
                Company = changes.Company,
                Photo = changes.Photo,
                Blocked = changes.Blocked,
            },
            cancellationToken).ConfigureAwait(false);
        LogSucceeded(id);
        return AdminUser.From(updated);
    }

    /// <summary>Deletes one user.</summary>
    [HttpDelete("{id}")]
    [EndpointSummary("Delete one user")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> DeleteAsync([ObjectId] string id, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> removed = await Authing.RemoveUsersAsync([id], Operator(), cancellationToken).ConfigureAwait(false);
        if (!removed.Contains(id, StringComparer.OrdinalIgnoreCase))
        {
            return UserNotFound();
        }

        LogSucceeded(id);
        return NoContent();
    }

    /// <summary>Deletes several users; the answer lists the ids that existed and were deleted.</summary>
    [HttpDelete]
    [EndpointSummary("Delete several users")]
    [ProducesResponseType<AdminRemovedUsers>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AdminRemovedUsers>> DeleteManyAsync(
        [FromQuery, Required, MinLength(1), MaxLength(AuthingAdminApiDefaults.MaxPageSize), ObjectId] string[] ids,
        CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> removed = await Authing.RemoveUsersAsync(ids, Operator(), cancellationToken).ConfigureAwait(false);
        LogSucceeded(userId: null);
        return new AdminRemovedUsers { Removed = removed };
    }

    /// <summary>Tells whether a user has the given e-mail address, phone number or user name.</summary>
    [HttpGet("exists")]
    [EndpointSummary("Tell whether a user has an e-mail address, phone number or user name")]
    [ProducesResponseType<AdminUserExistence>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AdminUserExistence>> ExistsAsync([FromQuery] AdminExistenceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        bool exists = await Authing.UserExistAsync(
            new UserExistRequest { Email = query.Email, Phone = query.Phone, Username = query.Username },
            cancellationToken).ConfigureAwait(false);
        LogSucceeded(userId: null);
        return new AdminUserExistence { Exists = exists };
    }

    /// <summary>Issues a new UserToken for the user and returns it: the one route that returns a token, by purpose.</summary>
    [HttpPost("{id}/token")]
    [EndpointSummary("Issue a new UserToken for a user")]
    [ProducesResponseType<AdminUserToken>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<AdminUserToken>> RefreshTokenAsync([ObjectId] string id, CancellationToken cancellationToken = default)
    {
        RefreshedToken token = await Authing.RefreshTokenAsync(id, cancellationToken).ConfigureAwait(false);
        LogSucceeded(id);
        return new AdminUserToken
        {
            Token = token.Token,
            IssuedAt = token.Iat is { } iat ? DateTimeOffset.FromUnixTimeSeconds(iat) : null,
            ExpiresAt = token.Exp is { } exp ? DateTimeOffset.FromUnixTimeSeconds(exp) : null,
        };
    }

    /// <summary>Logs the user out everywhere: the user's earlier UserTokens are refused from now on.</summary>
    [HttpPost("{id}/logout")]
    [EndpointSummary("Log a user out everywhere")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> LogoutAsync([ObjectId] string id, CancellationToken cancellationToken = default)
    {
        await Authing.LogoutAsync(id, cancellationToken).ConfigureAwait(false);
        LogSucceeded(id);
        return NoContent();
    }

    private string? Operator() => Caller is { } caller && ObjectIdAttribute.IsObjectId(caller) ? caller : null;

    private ObjectResult UserNotFound() => Problem(statusCode: StatusCodes.Status404NotFound, title: AuthingAdminErrorCodes.UserNotFoundTitle);

    private void LogSucceeded(string? userId) => logger.ActionSucceeded(ControllerContext.ActionDescriptor.ActionName, Caller, userId);
}
