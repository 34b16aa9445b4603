using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Cookies;

/// <summary>
/// Cookie events that re-validate the session's UserToken with Authing on every request, through the Authing scheme's
/// cache (so Authing is asked at most once per <see cref="AuthingOptions.CacheDuration"/> per token): a user logged out
/// elsewhere, blocked or whose token expired loses the session within the cache lifetime.
/// </summary>
/// <remarks>
/// A session signed in with an Authing OIDC scheme holds no UserToken: its access token is refreshed instead (see
/// <see cref="AuthingOidcCookieEvents"/>). A rejected token ends the session (the cookie is removed). When Authing cannot be reached the request is anonymous
/// (fail closed) but the cookie is kept, so the user is signed in again once Authing answers.
/// Derive from this class to add behaviour and call the base method.
/// </remarks>
/// <param name="authingScheme">The Authing scheme whose client, options and cache validate the token.</param>
public class AuthingCookieEvents(string authingScheme) : CookieAuthenticationEvents
{
    /// <summary>The Authing scheme whose client, options and cache validate the token.</summary>
    public string AuthingScheme { get; } = authingScheme;

    /// <inheritdoc />
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IServiceProvider services = context.HttpContext.RequestServices;
        if (AuthingOidcSessionRefresher.IsOidcSession(context.Properties, out string? oidcScheme))
        {
            await services.GetRequiredService<AuthingOidcSessionRefresher>().ValidateAsync(context, oidcScheme);
            if (context.Principal is not null)
            {
                await base.ValidatePrincipal(context);
            }

            return;
        }

        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<AuthingCookieEvents>();
        string? token = context.Properties.GetTokenValue(AuthingCookieDefaults.UserTokenName);
        if (string.IsNullOrEmpty(token))
        {
            logger.SessionWithoutToken(context.Scheme.Name);
            await EndSessionAsync(context);
            return;
        }

        AuthingTokenIntrospection verdict;
        try
        {
            AuthingOptions options = services.GetRequiredService<IOptionsMonitor<AuthingOptions>>().Get(AuthingScheme);
            verdict = await services.GetRequiredService<AuthingTokenCache>()
                .GetAsync(AuthingScheme, token, ConnectionTokenHash.Of(context.HttpContext, token), options, context.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            logger.ValidationUnavailable(context.Scheme.Name, exception);
            context.RejectPrincipal();
            return;
        }

        if (!verdict.Active)
        {
            logger.SessionRejected(context.Scheme.Name, context.Principal?.FindFirst(AuthingClaimTypes.Subject)?.Value, verdict.Code);
            await EndSessionAsync(context);
            return;
        }

        await base.ValidatePrincipal(context);
    }

    private static async Task EndSessionAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
