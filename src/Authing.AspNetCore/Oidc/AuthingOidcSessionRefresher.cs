using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Refreshes the access token of a cookie session signed in with an Authing OIDC scheme shortly before it expires.
/// One refresh per refresh token is in flight however many requests carry it, and its outcome is remembered for a
/// minute, so requests still sending the old cookie never redeem a rotated refresh token a second time.
/// </summary>
internal sealed class AuthingOidcSessionRefresher(
    IOptionsMonitor<AuthingOidcOptions> optionsMonitor,
    IAuthenticationSchemeProvider schemes,
    TimeProvider timeProvider,
    ILogger<AuthingOidcSessionRefresher> logger) : IDisposable
{
    private static readonly TimeSpan OutcomeLifetime = TimeSpan.FromMinutes(1);

    private readonly SingleFlight<RefreshOutcome> flights = new();
    private readonly MemoryCache outcomes = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>Tells whether <paramref name="properties"/> belong to a session signed in with an Authing OIDC scheme, and which.</summary>
    public static bool IsOidcSession(AuthenticationProperties properties, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? oidcScheme) =>
        properties.Items.TryGetValue(AuthingOidcDefaults.SessionSchemeItem, out oidcScheme) && !string.IsNullOrEmpty(oidcScheme);

    public async Task ValidateAsync(CookieValidatePrincipalContext context, string oidcScheme)
    {
        AuthingOidcOptions options = optionsMonitor.Get(oidcScheme);
        string? refreshToken = context.Properties.GetTokenValue(AuthingOidcDefaults.RefreshTokenName);
        if (ExpiresAt(context.Properties) is not { } expiresAt
            || expiresAt - options.RefreshBeforeExpiry > timeProvider.GetUtcNow()
            || string.IsNullOrEmpty(refreshToken))
        {
            return;
        }

        string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        RefreshOutcome outcome = outcomes.TryGetValue(key, out RefreshOutcome? known) && known is not null
            ? known
            : await flights.RunAsync(key, cancellation => RefreshAsync(key, options, refreshToken, cancellation), context.HttpContext.RequestAborted);
        string? userId = context.Principal?.FindFirst(AuthingClaimTypes.Subject)?.Value;
        if (outcome.Tokens is { } tokens)
        {
            Apply(context.Properties, tokens);
            context.ShouldRenew = true;
            logger.TokenRefreshed(oidcScheme, userId);
            return;
        }

        AuthenticationScheme scheme = await schemes.GetSchemeAsync(oidcScheme)
            ?? throw new InvalidOperationException($"The cookie session names the OIDC scheme '{oidcScheme}', which is not registered.");
        var failed = new AuthingOidcRefreshFailedContext(context.HttpContext, scheme, options, context.Principal, context.Properties, outcome.Error, outcome.Failure!);
        await options.Events.TokenRefreshFailed(failed);
        logger.TokenRefreshFailed(oidcScheme, userId, outcome.Error ?? "unreachable", failed.IsTerminal, failed.EndSession);
        if (failed.EndSession)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    public void Dispose() => outcomes.Dispose();

    private async Task<RefreshOutcome> RefreshAsync(string key, AuthingOidcOptions options, string refreshToken, CancellationToken cancellationToken)
    {
        RefreshOutcome outcome;
        try
        {
            var metadata = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            var form = new List<KeyValuePair<string, string>>
            {
                new("grant_type", "refresh_token"),
                new("refresh_token", refreshToken),
                new("client_id", options.ClientId),
                new("client_secret", options.ClientSecret),
            };
            using OAuthTokenResponse response = await AuthingOidcTokenEndpoint.RequestAsync(
                options.Backchannel, metadata.TokenEndpoint ?? options.TokenEndpoint, form, cancellationToken).ConfigureAwait(false);
            outcome = response.Error is { } failure
                ? new RefreshOutcome(null, AuthingOidcTokenEndpoint.ErrorOf(failure), failure)
                : Success(response, refreshToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new RefreshOutcome(null, null, exception);
        }

        if (outcome.Tokens is not null || outcome.Error is not null)
        {
            outcomes.Set(key, outcome, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = OutcomeLifetime });
        }

        return outcome;
    }

    private RefreshOutcome Success(OAuthTokenResponse response, string usedRefreshToken)
    {
        if (string.IsNullOrEmpty(response.AccessToken))
        {
            return new RefreshOutcome(null, null, new AuthenticationFailureException("The token endpoint returned no access_token."));
        }

        DateTimeOffset? expiresAt = int.TryParse(response.ExpiresIn, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seconds)
            ? timeProvider.GetUtcNow().AddSeconds(seconds)
            : null;
        string? idToken = response.Response!.RootElement.TryGetProperty(AuthingOidcDefaults.IdTokenName, out var value) ? value.GetString() : null;
        return new RefreshOutcome(new RefreshedTokens(response.AccessToken, response.RefreshToken ?? usedRefreshToken, idToken, expiresAt), null, null);
    }

    private static void Apply(AuthenticationProperties properties, RefreshedTokens tokens)
    {
        var saved = properties.GetTokens().ToDictionary(token => token.Name, token => token.Value, StringComparer.Ordinal);
        saved[AuthingOidcDefaults.AccessTokenName] = tokens.AccessToken;
        saved[AuthingOidcDefaults.RefreshTokenName] = tokens.RefreshToken;
        if (tokens.IdToken is not null)
        {
            saved[AuthingOidcDefaults.IdTokenName] = tokens.IdToken;
        }

        if (tokens.ExpiresAt is { } expiresAt)
        {
            saved[AuthingOidcDefaults.ExpiresAtName] = expiresAt.ToString("o", CultureInfo.InvariantCulture);
        }

        properties.StoreTokens(saved.Select(pair => new AuthenticationToken { Name = pair.Key, Value = pair.Value }));
    }

    private static DateTimeOffset? ExpiresAt(AuthenticationProperties properties) =>
        DateTimeOffset.TryParse(properties.GetTokenValue(AuthingOidcDefaults.ExpiresAtName), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset value)
            ? value
            : null;

    private sealed record RefreshedTokens(string AccessToken, string RefreshToken, string? IdToken, DateTimeOffset? ExpiresAt);

    private sealed record RefreshOutcome(RefreshedTokens? Tokens, string? Error, Exception? Failure);
}
