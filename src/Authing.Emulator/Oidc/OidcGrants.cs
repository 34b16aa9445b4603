using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;
using Authing.Emulator.Tokens;
using Authing.Emulator.Users;
using Microsoft.Data.Sqlite;

namespace Authing.Emulator.Oidc;

/// <summary>
/// The grants of the provider: authorization codes (single use, short lived, bound to the redirect URI and the PKCE
/// challenge), refresh tokens (rotated: each is redeemed once), the password and authingToken grants, and the
/// users' consents to apps. Refresh tokens are issued when the scope has <c>offline_access</c> and the app may refresh.
/// </summary>
public sealed class OidcGrants
{
    private readonly EmulatorDatabase database;
    private readonly OidcTokens tokens;
    private readonly OidcCredentials credentials;
    private readonly TokenService userTokens;
    private readonly OidcAppDirectory apps;
    private readonly TimeProvider time;

    internal OidcGrants(EmulatorDatabase database, OidcTokens tokens, OidcCredentials credentials, TokenService userTokens, OidcAppDirectory apps, TimeProvider time)
    {
        this.database = database;
        this.tokens = tokens;
        this.credentials = credentials;
        this.userTokens = userTokens;
        this.apps = apps;
        this.time = time;
    }

    /// <summary>Issues an authorization code for a user who signed in and consented.</summary>
    public Task<string> IssueCodeAsync(OidcApp app, string userId, AuthorizationRequest request, DateTimeOffset authTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(request);
        var code = NewSecret();
        var stored = new StoredCode(
            ObjectId.New(time.GetUtcNow()),
            app.ClientId,
            userId,
            request.RedirectUri,
            request.Scope,
            request.Nonce,
            request.CodeChallenge,
            authTime,
            time.GetUtcNow() + app.CodeLifetime,
            Used: false);
        return database.WriteAsync(
            connection =>
            {
                OidcStore.InsertCode(connection, code, stored);
                return code;
            },
            cancellationToken);
    }

    /// <summary>Redeems an authorization code; a second redemption fails and revokes the refresh tokens it produced.</summary>
    public async Task<OidcTokenSet> RedeemCodeAsync(string issuer, OidcApp app, string? code, string? redirectUri, string? codeVerifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var presented = Required(code, "code");
        var redirect = Required(redirectUri, "redirect_uri");
        var now = time.GetUtcNow();
        var outcome = await database.WriteAsync(
            connection =>
            {
                var stored = OidcStore.TakeCode(connection, presented);
                if (stored is null || stored.ClientId != app.ClientId)
                {
                    return Failure("The authorization code is invalid.");
                }

                if (stored.Used)
                {
                    OidcStore.RevokeGrant(connection, stored.GrantId);
                    return Failure("The authorization code was already used.");
                }

                if (stored.ExpiresAt <= now)
                {
                    return Failure("The authorization code has expired.");
                }

                if (!string.Equals(stored.RedirectUri, redirect, StringComparison.Ordinal))
                {
                    return Failure("The redirect_uri does not match the authorization request.");
                }

                if (VerifierProblem(stored.CodeChallenge, codeVerifier) is { } problem)
                {
                    return Failure(problem);
                }

                return ActiveUser(connection, app, stored.UserId) is { } user
                    ? Success(Issue(connection, issuer, app, user, stored.Scope, stored.Nonce, stored.AuthTime, stored.GrantId))
                    : Failure("The user no longer exists or is blocked.");
            },
            cancellationToken).ConfigureAwait(false);
        return outcome.Tokens ?? throw outcome.Error!;
    }

    /// <summary>Redeems a refresh token for new tokens and a new refresh token; the old one is refused from now on.</summary>
    public async Task<OidcTokenSet> RefreshAsync(string issuer, string? clientId, string? refreshToken, string? scope, CancellationToken cancellationToken)
    {
        var presented = Required(refreshToken, "refresh_token");
        var now = time.GetUtcNow();
        var outcome = await database.WriteAsync(
            connection =>
            {
                var stored = OidcStore.TakeRefreshToken(connection, presented);
                var app = apps.Find(stored?.ClientId);
                if (stored is null || app is null || (clientId is not null && !string.Equals(stored.ClientId, clientId, StringComparison.OrdinalIgnoreCase)))
                {
                    return Failure("The refresh token is invalid.");
                }

                if (stored.Used)
                {
                    return Failure("The refresh token was already used; use the one issued with it.");
                }

                if (stored.ExpiresAt <= now)
                {
                    return Failure("The refresh token has expired.");
                }

                var granted = OidcScopes.Parse(stored.Scope);
                var requested = scope is null ? granted : OidcScopes.Parse(scope);
                if (requested.Except(granted).Any())
                {
                    return (null, new OidcProtocolException("invalid_scope", "The scope asks for more than was granted."));
                }

                return ActiveUser(connection, app, stored.UserId) is { } user
                    ? Success(Issue(connection, issuer, app, user, OidcScopes.Join(requested), nonce: null, stored.AuthTime, stored.GrantId, stored.Scope))
                    : Failure("The user no longer exists or is blocked.");
            },
            cancellationToken).ConfigureAwait(false);
        return outcome.Tokens ?? throw outcome.Error!;
    }

    /// <summary>
    /// The password grant: the user's identifier and clear password (none for a unionid, as Authing's
    /// <c>loginByOidc</c> allows), default scope <see cref="OidcScopes.PasswordDefault"/>.
    /// </summary>
    public async Task<OidcTokenSet> PasswordAsync(string issuer, OidcApp app, IReadOnlyList<(UserKey Key, string Value)> identifiers, string? password, string? scope, string? ip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(identifiers);
        if (string.IsNullOrEmpty(password) && identifiers.Any(identifier => identifier.Key != UserKey.Unionid))
        {
            throw OidcProtocolException.InvalidRequest("The password parameter is missing.");
        }

        EmulatorUser user;
        try
        {
            user = await credentials.LoginAsync(app.PoolId, identifiers, string.IsNullOrEmpty(password) ? null : password, ip, issueUserToken: false, mfa: null, cancellationToken).ConfigureAwait(false);
        }
        catch (AuthingException)
        {
            throw OidcProtocolException.InvalidGrant("invalid credentials provided");
        }

        return await IssueNewGrantAsync(issuer, app, user.Id, scope ?? OidcScopes.PasswordDefault, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The authingToken grant: a valid UserToken of the app's pool, default scope <see cref="OidcScopes.AuthingTokenDefault"/>.</summary>
    public async Task<OidcTokenSet> AuthingTokenAsync(string issuer, OidcApp app, string? authingToken, string? scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var check = await userTokens.CheckUserTokenAsync(Required(authingToken, "authingToken"), cancellationToken).ConfigureAwait(false);
        if (!check.Status || check.Claims?.Id is null)
        {
            throw OidcProtocolException.InvalidGrant("The authingToken is invalid or expired.");
        }

        if (!string.Equals(check.Claims.ClientId, app.PoolId, StringComparison.OrdinalIgnoreCase))
        {
            throw OidcProtocolException.InvalidGrant("The authingToken belongs to another user pool.");
        }

        return await IssueNewGrantAsync(issuer, app, check.Claims.Id, scope ?? OidcScopes.AuthingTokenDefault, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// GraphQL <c>signIn</c>: a password login that answers the user, a UserToken and OIDC tokens with the scope
    /// <see cref="OidcScopes.AuthingTokenDefault"/>; refusals are Authing's business errors.
    /// </summary>
    public async Task<(EmulatorUser User, OidcTokenSet Tokens)> SignInAsync(string issuer, OidcApp app, IReadOnlyList<(UserKey Key, string Value)> identifiers, string? password, string? ip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var user = await credentials.LoginAsync(app.PoolId, identifiers, password, ip, issueUserToken: true, mfa: null, cancellationToken).ConfigureAwait(false);
        return (user, await IssueNewGrantAsync(issuer, app, user.Id, OidcScopes.AuthingTokenDefault, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The first app of the pool, for <c>signIn</c> calls that name none.</summary>
    public OidcApp? FirstAppOf(string poolId) => apps.All.FirstOrDefault(app => string.Equals(app.PoolId, poolId, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the user consented to every scope of <paramref name="scope"/> for the app.</summary>
    public Task<bool> HasConsentAsync(OidcApp app, string userId, string scope, CancellationToken cancellationToken)
        => database.ReadAsync(
            connection => OidcStore.FindConsent(connection, userId, app.ClientId) is { } consent
                && !OidcScopes.Parse(scope).Except(OidcScopes.Parse(consent.Scope)).Any(),
            cancellationToken);

    /// <summary>Records the user's consent to <paramref name="scope"/> for the app (added to what was granted before).</summary>
    public Task GrantConsentAsync(OidcApp app, string userId, string scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                var existing = OidcStore.FindConsent(connection, userId, app.ClientId);
                var scopes = OidcScopes.Parse(OidcScopes.Join([.. OidcScopes.Parse(existing?.Scope), .. OidcScopes.Parse(scope)]));
                OidcStore.SaveConsent(connection, app.PoolId, userId, new StoredConsent(existing?.Id ?? ObjectId.New(now), app.ClientId, OidcScopes.Join(scopes), now));
            },
            cancellationToken);
    }

    /// <summary>One page of the apps the user authorized in the pool, newest first, and their count.</summary>
    public async Task<(List<(OidcApp App, DateTimeOffset When)> Page, long Total)> AuthorizedAppsAsync(UserPool pool, string userId, int page, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var size = Math.Clamp(count, 1, 200);
        var skip = (Math.Max(page, 1) - 1) * size;
        var (consents, total) = await database.ReadAsync(connection => OidcStore.ListConsents(connection, pool.Id, userId, skip, size), cancellationToken).ConfigureAwait(false);
        return ([.. consents.Select(consent => (App: apps.Find(consent.ClientId), consent.GrantedAt)).Where(item => item.App is not null).Select(item => (item.App!, item.GrantedAt))], total);
    }

    /// <summary>
    /// Withdraws the user's consent to the app and revokes the app's refresh tokens for the user; the next authorization
    /// asks for consent again. Returns the consent withdrawn, or null when there was none.
    /// </summary>
    internal Task<StoredConsent?> RevokeAsync(UserPool pool, string userId, string clientId, CancellationToken cancellationToken)
        => database.WriteAsync(
            connection =>
            {
                var consent = OidcStore.FindConsent(connection, userId, clientId);
                OidcStore.DeleteConsent(connection, userId, clientId);
                OidcStore.RevokeRefreshTokens(connection, userId, clientId);
                return consent;
            },
            cancellationToken);

    private Task<OidcTokenSet> IssueNewGrantAsync(string issuer, OidcApp app, string userId, string scope, CancellationToken cancellationToken)
    {
        var granted = OidcScopes.Join(OidcScopes.Parse(scope));
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection => ActiveUser(connection, app, userId) is { } user
                ? Issue(connection, issuer, app, user, granted, nonce: null, now, ObjectId.New(now))
                : throw OidcProtocolException.InvalidGrant("The user no longer exists or is blocked."),
            cancellationToken);
    }

    private OidcTokenSet Issue(SqliteConnection connection, string issuer, OidcApp app, EmulatorUser user, string scope, string? nonce, DateTimeOffset authTime, string grantId, string? refreshScope = null)
    {
        var accessToken = tokens.CreateAccessToken(issuer, app, user, scope);
        var idToken = OidcScopes.Contains(scope, OidcScopes.OpenId) ? tokens.CreateIdToken(issuer, app, user, scope, nonce, authTime, accessToken) : null;
        var keptScope = refreshScope ?? scope;
        string? refreshToken = null;
        if (OidcScopes.Contains(keptScope, OidcScopes.OfflineAccess) && app.Allows(OidcGrantTypes.RefreshToken))
        {
            refreshToken = NewSecret();
            OidcStore.InsertRefreshToken(
                connection,
                refreshToken,
                new StoredRefreshToken(grantId, app.ClientId, user.Id, keptScope, authTime, time.GetUtcNow() + app.RefreshTokenLifetime, Used: false));
        }

        return new OidcTokenSet(accessToken, idToken, refreshToken, (long)app.AccessTokenLifetime.TotalSeconds, scope);
    }

    private static EmulatorUser? ActiveUser(SqliteConnection connection, OidcApp app, string userId)
        => UserStore.Find(connection, app.PoolId, userId) is { IsDeleted: false, Blocked: false } user ? user : null;

    private static string? VerifierProblem(string? challenge, string? verifier)
    {
        if (challenge is null)
        {
            return verifier is null ? null : "A code_verifier was sent, but the authorization request had no code_challenge.";
        }

        if (verifier is null)
        {
            return "The code_verifier is missing.";
        }

        var computed = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(challenge))
            ? null
            : "The code_verifier does not match the code_challenge.";
    }

    private static string Required(string? value, string name)
        => string.IsNullOrEmpty(value) ? throw OidcProtocolException.InvalidRequest($"The {name} parameter is missing.") : value;

    private static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static (OidcTokenSet? Tokens, OidcProtocolException? Error) Success(OidcTokenSet tokens) => (tokens, null);

    private static (OidcTokenSet? Tokens, OidcProtocolException? Error) Failure(string description) => (null, OidcProtocolException.InvalidGrant(description));
}
