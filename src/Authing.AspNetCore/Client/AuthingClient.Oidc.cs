using System.Text.Json;

namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    private const string OidcTokenPath = "oauth/oidc/token";
    private const string PasswordGrantOperation = "POST /oauth/oidc/token password";
    private const string RefreshGrantOperation = "POST /oauth/oidc/token refresh_token";
    private const string AuthingTokenGrantOperation = "POST /oauth/oidc/token authingToken";

    /// <summary>
    /// Logs a user in to an OIDC application with the password grant (the Node SDK's <c>loginByOidc</c>): a form
    /// <c>POST</c> to <c>/oauth/oidc/token</c> under <see cref="AuthingClientOptions.RestBase"/>, credentials in the body.
    /// </summary>
    /// <param name="request">The application's credentials and the user's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application's tokens for the user.</returns>
    /// <exception cref="AuthingOidcException">The endpoint refused: <c>invalid_grant</c> for wrong credentials, <c>invalid_client</c> for a wrong secret.</exception>
    public Task<OidcTokenSet> LoginByOidcAsync(OidcPasswordLoginRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Email is null && request.Phone is null && request.Username is null && request.Unionid is null)
        {
            throw new ArgumentException("Give one of Email, Phone, Username or Unionid.", nameof(request));
        }

        var form = new List<KeyValuePair<string, string>> { new("grant_type", "password") };
        AddIfPresent(form, "email", request.Email);
        AddIfPresent(form, "phone", request.Phone);
        AddIfPresent(form, "username", request.Username);
        AddIfPresent(form, "unionid", request.Unionid);
        form.Add(new("password", request.Password));
        AddIfPresent(form, "scope", request.Scope);
        return RequestOidcTokensAsync(PasswordGrantOperation, request.ClientId, request.ClientSecret, form, request.Password, cancellationToken);
    }

    /// <summary>Exchanges an OIDC refresh token for new tokens (the Node SDK's <c>refreshOidcToken</c>); the old refresh token stops working.</summary>
    /// <param name="clientId">The OIDC application's client_id.</param>
    /// <param name="clientSecret">The OIDC application's client_secret.</param>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tokens, with the rotated refresh token.</returns>
    /// <exception cref="AuthingOidcException">The endpoint refused: <c>invalid_grant</c> for a used, revoked or expired refresh token.</exception>
    public Task<OidcTokenSet> RefreshOidcTokenAsync(string clientId, string clientSecret, string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "refresh_token"), new("refresh_token", refreshToken) };
        return RequestOidcTokensAsync(RefreshGrantOperation, clientId, clientSecret, form, refreshToken, cancellationToken);
    }

    /// <summary>Exchanges a UserToken for an OIDC application's tokens (the Node SDK's <c>authingTokenToOidcToken</c>).</summary>
    /// <param name="clientId">The OIDC application's client_id.</param>
    /// <param name="clientSecret">The OIDC application's client_secret.</param>
    /// <param name="authingToken">The user's UserToken.</param>
    /// <param name="scope">The scope asked for; Authing's default is <c>openid profile email phone offline_access</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application's tokens for the token's user.</returns>
    /// <exception cref="AuthingOidcException">The endpoint refused: <c>invalid_grant</c> for an invalid or expired UserToken.</exception>
    public Task<OidcTokenSet> AuthingTokenToOidcTokenAsync(
        string clientId, string clientSecret, string authingToken, string? scope = null, CancellationToken cancellationToken = default)
    {
        RequireToken(authingToken);
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "authingToken"), new("authingToken", authingToken) };
        AddIfPresent(form, "scope", scope);
        return RequestOidcTokensAsync(AuthingTokenGrantOperation, clientId, clientSecret, form, authingToken, cancellationToken);
    }

    /// <summary>Signs a user in to an OIDC application through GraphQL (<c>signIn</c>); like the OIDC password grant, it takes the password in clear (over TLS).</summary>
    /// <param name="request">The application and the user's credentials.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user's claims with the application's tokens.</returns>
    /// <exception cref="AuthingException">Authing refused the sign-in (2004 user not found, 2006 wrong password, ...).</exception>
    public Task<OidcSignInResult> SignInAsync(SignInRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OidcAppId);
        var variables = new GraphQLVariables()
            .Add("oidcAppId", request.OidcAppId)
            .Add("userPoolId", Pool(request.UserPoolId))
            .Add("email", request.Email)
            .Add("phone", request.Phone)
            .Add("username", request.Username)
            .Add("unionid", request.Unionid)
            .AddSensitive("password", request.Password);
        return SendRequiredAsync(AuthingOperations.SignIn, variables, AuthingJsonContext.Default.OidcSignInResult, cancellationToken);
    }

    /// <summary>Exchanges the refresh token of a <see cref="SignInAsync"/> for new tokens (<c>refreshSignInToken</c>).</summary>
    /// <param name="oidcAppId">The OIDC application's id.</param>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tokens.</returns>
    public Task<OidcTokenSet> RefreshSignInTokenAsync(string oidcAppId, string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(oidcAppId);
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        var variables = new GraphQLVariables()
            .Add("oidcAppId", oidcAppId)
            .Add("userPoolId", Pool(null))
            .AddSensitive("refreshToken", refreshToken);
        return SendRequiredAsync(AuthingOperations.RefreshSignInToken, variables, AuthingJsonContext.Default.OidcTokenSet, cancellationToken);
    }

    /// <summary>Lists the OAuth and OIDC applications a user has authorized in the pool (<c>GetUserAuthorizedApps</c>, OwnerToken).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="count">The applications per page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of applications and the total count.</returns>
    public async Task<AuthorizedApps> GetAuthorizedAppsAsync(string userId, int page = 1, int count = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var variables = new GraphQLVariables().Add("clientId", Pool(null)).Add("userId", userId).Add("page", page).Add("count", count);
        return await SendAsync(AuthingOperations.GetUserAuthorizedApps, variables, AuthingJsonContext.Default.AuthorizedApps, cancellationToken).ConfigureAwait(false)
            ?? new AuthorizedApps();
    }

    /// <summary>
    /// Revokes a user's authorization of an SSO application (<c>RevokeUserAuthorizedApp</c>, OwnerToken): the next
    /// sign-in to the application asks for consent again and its refresh tokens stop working.
    /// </summary>
    /// <param name="userId">The user id.</param>
    /// <param name="appId">The application id (<see cref="AuthorizedOidcApp.Id"/> or <see cref="AuthorizedOAuthApp.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The revoked authorization.</returns>
    public Task<RevokedAuthorizedApp> RevokeAuthorizedAppAsync(string userId, string appId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        var variables = new GraphQLVariables().Add("userPoolId", Pool(null)).Add("userId", userId).Add("appId", appId);
        return SendRequiredAsync(AuthingOperations.RevokeUserAuthorizedApp, variables, AuthingJsonContext.Default.RevokedAuthorizedApp, cancellationToken);
    }

    private async Task<OidcTokenSet> RequestOidcTokensAsync(
        string operationName,
        string clientId,
        string clientSecret,
        List<KeyValuePair<string, string>> form,
        string credential,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        form.Add(new("client_id", clientId));
        form.Add(new("client_secret", clientSecret));
        var sensitive = new SensitiveText([clientSecret, credential]);
        var tokens = await transport.PostFormAsync(operationName, OidcTokenPath, form, sensitive, body => body.Deserialize(AuthingJsonContext.Default.OidcTokenSet), cancellationToken).ConfigureAwait(false);
        return tokens is { AccessToken.Length: > 0 }
            ? tokens
            : throw new AuthingTransportException($"Authing answered operation '{operationName}' without an access_token.");
    }

    private static void AddIfPresent(List<KeyValuePair<string, string>> form, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            form.Add(new(name, value));
        }
    }
}
