using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Events of the Authing OIDC scheme: those of <see cref="OAuthEvents"/>, the redirect to the provider's end-session
/// endpoint, and a failed refresh of the access token inside a cookie session.
/// </summary>
/// <remarks>
/// Unlike <see cref="OAuthEvents"/>, a remote failure that no <see cref="RemoteAuthenticationEvents.OnRemoteFailure"/>
/// handler handled answers <c>400</c> with a problem+json body naming the failure (never a token), not a 500.
/// </remarks>
public class AuthingOidcEvents : OAuthEvents
{
    /// <summary>Invoked before redirecting to the end-session endpoint; the default redirects to <see cref="RedirectContext{TOptions}.RedirectUri"/>.</summary>
    public Func<RedirectContext<AuthingOidcOptions>, Task> OnRedirectToEndSession { get; set; } = static context =>
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    };

    /// <summary>
    /// Invoked when refreshing the session's access token failed. <see cref="AuthingOidcRefreshFailedContext.IsTerminal"/>
    /// tells <c>invalid_grant</c> (the refresh token is dead: the session ends) from a transient failure (the session
    /// stays and the refresh is tried again on a later request); set <see cref="AuthingOidcRefreshFailedContext.EndSession"/> to decide otherwise.
    /// </summary>
    public Func<AuthingOidcRefreshFailedContext, Task> OnTokenRefreshFailed { get; set; } = static _ => Task.CompletedTask;

    /// <summary>Invokes <see cref="OnRedirectToEndSession"/>.</summary>
    /// <param name="context">The redirect context.</param>
    /// <returns>A task that completes when the handler ran.</returns>
    public virtual Task RedirectToEndSession(RedirectContext<AuthingOidcOptions> context) => OnRedirectToEndSession(context);

    /// <summary>Invokes <see cref="OnTokenRefreshFailed"/>.</summary>
    /// <param name="context">The failure context.</param>
    /// <returns>A task that completes when the handler ran.</returns>
    public virtual Task TokenRefreshFailed(AuthingOidcRefreshFailedContext context) => OnTokenRefreshFailed(context);

    /// <inheritdoc />
    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await base.RemoteFailure(context);
        if (context.Result is not null || context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/problem+json";
        string detail = context.Failure is AuthenticationFailureException failure ? failure.Message : "The sign-in could not be completed.";
        await using (var writer = new Utf8JsonWriter(context.Response.Body))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1");
            writer.WriteString("title", "Sign-in with Authing failed.");
            writer.WriteNumber("status", StatusCodes.Status400BadRequest);
            writer.WriteString("detail", detail);
            writer.WriteEndObject();
        }

        context.HandleResponse();
    }
}
