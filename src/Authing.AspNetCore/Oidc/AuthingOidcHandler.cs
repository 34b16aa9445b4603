using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Signs users in with Authing's OIDC provider (authorization code flow with PKCE, state and nonce), validates the
/// id_token against the discovery document's JWKS, and signs out through the provider's end-session endpoint.
/// </summary>
/// <param name="options">The schemes' options.</param>
/// <param name="logger">The logger factory.</param>
/// <param name="encoder">The URL encoder.</param>
/// <param name="idTokens">Validates the id_token.</param>
internal sealed class AuthingOidcHandler(
    IOptionsMonitor<AuthingOidcOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthingOidcIdTokenValidator idTokens)
    : OAuthHandler<AuthingOidcOptions>(options, logger, encoder), IAuthenticationSignOutHandler
{
    private const string NonceItem = ".Authing.Nonce";

    private OpenIdConnectConfiguration? configuration;

    private new AuthingOidcEvents Events => (AuthingOidcEvents)base.Events!;

    /// <inheritdoc />
    public override async Task<bool> HandleRequestAsync()
    {
        if (Options.SignedOutCallbackPath.HasValue && Options.SignedOutCallbackPath == Request.Path)
        {
            HandleSignedOutCallback();
            return true;
        }

        return await base.HandleRequestAsync();
    }

    /// <inheritdoc />
    public async Task SignOutAsync(AuthenticationProperties? properties)
    {
        properties ??= new AuthenticationProperties();
        OpenIdConnectConfiguration metadata = await GetConfigurationAsync();
        if (string.IsNullOrEmpty(metadata.EndSessionEndpoint))
        {
            Logger.NoEndSessionEndpoint(Scheme.Name);
            return;
        }

        string? idToken = properties.GetTokenValue(AuthingOidcDefaults.IdTokenName);
        if (idToken is null && !string.IsNullOrEmpty(Options.SignInScheme))
        {
            AuthenticateResult session = await Context.AuthenticateAsync(Options.SignInScheme);
            idToken = session.Properties?.GetTokenValue(AuthingOidcDefaults.IdTokenName);
        }

        var callbackState = new AuthenticationProperties
        {
            RedirectUri = LocalRedirect.IsLocal(properties.RedirectUri) ? properties.RedirectUri : Options.SignedOutRedirectUri,
        };
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = Options.ClientId,
            ["post_logout_redirect_uri"] = BuildRedirectUri(Options.SignedOutCallbackPath),
            ["state"] = Options.StateDataFormat.Protect(callbackState),
        };
        if (!string.IsNullOrEmpty(idToken))
        {
            parameters["id_token_hint"] = idToken;
        }

        string endSession = QueryHelpers.AddQueryString(metadata.EndSessionEndpoint, parameters);
        Logger.RedirectToEndSession(Scheme.Name);
        await Events.RedirectToEndSession(new RedirectContext<AuthingOidcOptions>(Context, Scheme, Options, properties, endSession));
    }

    /// <inheritdoc />
    protected override Task<object> CreateEventsAsync() => Task.FromResult<object>(new AuthingOidcEvents());

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        await GetConfigurationAsync();
        await base.HandleChallengeAsync(properties);
    }

    /// <inheritdoc />
    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        ICollection<string>? scopes = properties.GetParameter<ICollection<string>>(OAuthChallengeProperties.ScopeKey);
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = Options.ClientId,
            ["scope"] = scopes is null ? FormatScope() : FormatScope(scopes),
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
        };
        if (Options.UsePkce)
        {
            string verifier = RandomValue();
            properties.Items[OAuthConstants.CodeVerifierKey] = verifier;
            parameters[OAuthConstants.CodeChallengeKey] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
            parameters[OAuthConstants.CodeChallengeMethodKey] = OAuthConstants.CodeChallengeMethodS256;
        }

        string nonce = RandomValue();
        properties.Items[NonceItem] = nonce;
        parameters["nonce"] = nonce;
        if (properties.GetParameter<string>("prompt") is { Length: > 0 } prompt)
        {
            parameters["prompt"] = prompt;
        }

        foreach (KeyValuePair<string, string> additional in Options.AdditionalAuthorizationParameters)
        {
            parameters[additional.Key] = additional.Value;
        }

        parameters["state"] = Options.StateDataFormat.Protect(properties);
        return QueryHelpers.AddQueryString(configuration?.AuthorizationEndpoint ?? Options.AuthorizationEndpoint, parameters);
    }

    /// <inheritdoc />
    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        OpenIdConnectConfiguration metadata = await GetConfigurationAsync();
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "authorization_code"),
            new("code", context.Code),
            new("redirect_uri", context.RedirectUri),
            new("client_id", Options.ClientId),
            new("client_secret", Options.ClientSecret),
        };
        if (context.Properties.Items.Remove(OAuthConstants.CodeVerifierKey, out string? verifier) && verifier is not null)
        {
            form.Add(new(OAuthConstants.CodeVerifierKey, verifier));
        }

        return await AuthingOidcTokenEndpoint.RequestAsync(Backchannel, metadata.TokenEndpoint ?? Options.TokenEndpoint, form, Context.RequestAborted);
    }

    /// <inheritdoc />
    protected override async Task<AuthenticationTicket> CreateTicketAsync(System.Security.Claims.ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        OpenIdConnectConfiguration metadata = await GetConfigurationAsync();
        string idToken = tokens.Response is { } response
            && response.RootElement.TryGetProperty(AuthingOidcDefaults.IdTokenName, out JsonElement value)
            && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new AuthenticationFailureException("The token endpoint returned no id_token; the scope must contain openid.");
        properties.Items.Remove(NonceItem, out string? nonce);
        JsonWebToken validated;
        try
        {
            validated = await idTokens.ValidateAsync(idToken, tokens.AccessToken, nonce, Options, Context.RequestAborted);
        }
        catch (AuthenticationFailureException exception)
        {
            Logger.IdTokenRejected(Scheme.Name, exception.Message);
            throw;
        }

        using JsonDocument? userInfo = await ReadUserInfoAsync(metadata, tokens.AccessToken, validated.Subject);
        using JsonDocument payload = JsonDocument.Parse(Base64UrlEncoder.Decode(validated.EncodedPayload));
        var principal = AuthingOidcClaims.Create(validated, userInfo?.RootElement, Scheme.Name, ClaimsIssuer);
        if (Options.SaveTokens)
        {
            List<AuthenticationToken> saved = [.. properties.GetTokens()];
            saved.Add(new AuthenticationToken { Name = AuthingOidcDefaults.IdTokenName, Value = idToken });
            properties.StoreTokens(saved);
        }

        properties.Items[AuthingOidcDefaults.SessionSchemeItem] = Scheme.Name;
        var creating = new OAuthCreatingTicketContext(principal, properties, Context, Scheme, Options, Backchannel, tokens, (userInfo ?? payload).RootElement);
        await Events.CreatingTicket(creating);
        Logger.SignedIn(Scheme.Name, validated.Subject);
        return new AuthenticationTicket(creating.Principal!, creating.Properties, Scheme.Name);
    }

    private async Task<JsonDocument?> ReadUserInfoAsync(OpenIdConnectConfiguration metadata, string? accessToken, string subject)
    {
        string? endpoint = metadata.UserInfoEndpoint ?? Options.UserInformationEndpoint;
        if (!Options.GetClaimsFromUserInfoEndpoint || string.IsNullOrEmpty(endpoint) || string.IsNullOrEmpty(accessToken))
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using HttpResponseMessage response = await Backchannel.SendAsync(request, Context.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            throw new AuthenticationFailureException(string.Create(CultureInfo.InvariantCulture, $"The userinfo endpoint answered HTTP {(int)response.StatusCode}."));
        }

        JsonDocument document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(Context.RequestAborted), cancellationToken: Context.RequestAborted);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("sub", out JsonElement sub)
            && sub.ValueKind == JsonValueKind.String
            && sub.GetString() == subject)
        {
            return document;
        }

        document.Dispose();
        Logger.UserInfoSubjectMismatch(Scheme.Name);
        return null;
    }

    private void HandleSignedOutCallback()
    {
        string? state = Request.Query["state"];
        AuthenticationProperties? properties = string.IsNullOrEmpty(state) ? null : Options.StateDataFormat.Unprotect(state);
        string target = LocalRedirect.IsLocal(properties?.RedirectUri) ? properties!.RedirectUri! : Options.SignedOutRedirectUri;
        Response.Redirect(OriginalPathBase + target);
    }

    private async Task<OpenIdConnectConfiguration> GetConfigurationAsync() =>
        configuration ??= await (Options.ConfigurationManager
            ?? throw new InvalidOperationException("The OIDC scheme has no configuration manager; set Authority."))
            .GetConfigurationAsync(Context.RequestAborted);

    private static string RandomValue() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
