using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;
using Authing.Emulator.Users;
using Microsoft.Extensions.Primitives;

namespace Authing.Emulator.Oidc;

/// <summary>
/// <c>POST /oauth/oidc/token</c> (form-encoded; <c>client_secret_post</c> or <c>client_secret_basic</c>) and the
/// userinfo endpoint <c>/oauth/oidc/me</c>. Errors are <c>{error, error_description}</c>: 401 for
/// <c>invalid_client</c>, 400 otherwise.
/// </summary>
internal sealed partial class OidcTokenEndpoints(
    OidcAppDirectory apps,
    OidcGrants grants,
    OidcTokens tokens,
    UserPoolDirectory pools,
    EmulatorDatabase database,
    ILogger<OidcTokenEndpoints> logger)
{
    public async Task<IResult> TokenAsync(HttpContext context)
    {
        try
        {
            if (!context.Request.HasFormContentType)
            {
                throw OidcProtocolException.InvalidRequest("The request must be form-encoded (application/x-www-form-urlencoded).");
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            if (form.FirstOrDefault(pair => pair.Value.Count > 1) is { Key: { } repeated })
            {
                throw OidcProtocolException.InvalidRequest($"The {repeated} parameter is repeated.");
            }

            var app = Authenticate(context.Request, form);
            var grantType = Single(form, "grant_type") ?? throw OidcProtocolException.InvalidRequest("The grant_type parameter is missing.");
            if (!OidcGrantTypes.All.Contains(grantType, StringComparer.Ordinal))
            {
                throw new OidcProtocolException("unsupported_grant_type", $"grant_type {grantType} is not supported.");
            }

            if (!app.Allows(grantType))
            {
                throw new OidcProtocolException("unauthorized_client", $"The app may not use the {grantType} grant.");
            }

            var issuer = OidcIssuer.From(context.Request);
            var cancellationToken = context.RequestAborted;
            var issued = grantType switch
            {
                OidcGrantTypes.AuthorizationCode => await grants.RedeemCodeAsync(issuer, app, Single(form, "code"), Single(form, "redirect_uri"), Single(form, "code_verifier"), cancellationToken).ConfigureAwait(false),
                OidcGrantTypes.RefreshToken => await grants.RefreshAsync(issuer, app.ClientId, Single(form, "refresh_token"), Single(form, "scope"), cancellationToken).ConfigureAwait(false),
                OidcGrantTypes.Password => await grants.PasswordAsync(issuer, app, PasswordIdentifiers(form), Single(form, "password"), Single(form, "scope"), context.Connection.RemoteIpAddress?.ToString(), cancellationToken).ConfigureAwait(false),
                _ => await grants.AuthingTokenAsync(issuer, app, Single(form, "authingToken"), Single(form, "scope"), cancellationToken).ConfigureAwait(false),
            };
            LogTokensIssued(logger, grantType, app.ClientId);
            NoStore(context.Response);
            return Results.Json(TokenResponse(issued));
        }
        catch (OidcProtocolException exception)
        {
            LogTokenRequestRefused(logger, exception.Error);
            NoStore(context.Response);
            if (exception.StatusCode == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = $"Basic realm=\"{OidcIssuer.Path}\"";
            }

            return Results.Json(new { error = exception.Error, error_description = exception.Message }, statusCode: exception.StatusCode);
        }
    }

    public async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        string? fromForm = null;
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            fromForm = Single(await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false), "access_token");
        }

        if (bearer is not null && fromForm is not null)
        {
            return UserInfoError(context, "invalid_request", "Send the access token once: in the Authorization header or the access_token field.", StatusCodes.Status400BadRequest);
        }

        var token = bearer ?? fromForm;
        if (string.IsNullOrEmpty(token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Unauthorized();
        }

        var jwt = await tokens.ValidateAsync(token, OidcIssuer.From(context.Request), checkExpiry: true).ConfigureAwait(false);
        var app = apps.Find(jwt?.Audiences.FirstOrDefault());
        if (jwt is null || app is null || !jwt.TryGetPayloadValue<string>("scope", out var scope))
        {
            return UserInfoError(context, "invalid_token", "The access token is invalid or expired.", StatusCodes.Status401Unauthorized);
        }

        var pool = pools.Get(app.PoolId);
        var user = await database.ReadAsync(connection => UserStore.Find(connection, pool.Id, jwt.Subject), context.RequestAborted).ConfigureAwait(false);
        if (user is null || user.IsDeleted)
        {
            return UserInfoError(context, "invalid_token", "The user no longer exists.", StatusCodes.Status401Unauthorized);
        }

        NoStore(context.Response);
        return Results.Json(OidcUserClaims.For(user, scope));
    }

    private OidcApp Authenticate(HttpRequest request, IFormCollection form)
    {
        var formId = Single(form, "client_id");
        var formSecret = Single(form, "client_secret");
        string? clientId;
        string? secret;
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            if (formSecret is not null)
            {
                throw OidcProtocolException.InvalidRequest("Use one client authentication method: client_secret_basic or client_secret_post.");
            }

            (clientId, secret) = ParseBasic(header.Parameter);
            if (formId is not null && formId != clientId)
            {
                throw OidcProtocolException.InvalidRequest("The client_id differs from the one in the Authorization header.");
            }
        }
        else
        {
            (clientId, secret) = (formId, formSecret);
        }

        var app = apps.Find(clientId);
        if (app is null || secret is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(app.ClientSecret)))
        {
            throw new OidcProtocolException("invalid_client", "Client authentication failed.", StatusCodes.Status401Unauthorized);
        }

        return app;
    }

    private static (string? Id, string? Secret) ParseBasic(string? parameter)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter ?? string.Empty));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (null, null) : (Uri.UnescapeDataString(decoded[..colon].Replace('+', ' ')), Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' ')));
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }

    private static List<(UserKey Key, string Value)> PasswordIdentifiers(IFormCollection form)
    {
        var identifiers = new List<(UserKey Key, string Value)>();
        foreach (var (name, key) in new[] { ("email", UserKey.Email), ("phone", UserKey.Phone), ("username", UserKey.Username), ("unionid", UserKey.Unionid) })
        {
            if (Single(form, name) is { } value)
            {
                identifiers.Add((key, value.Trim()));
            }
        }

        return identifiers.Count == 1
            ? identifiers
            : throw OidcProtocolException.InvalidRequest("Send exactly one of email, phone, username or unionid.");
    }

    private static JsonObject TokenResponse(OidcTokenSet issued)
    {
        var body = new JsonObject { ["access_token"] = issued.AccessToken };
        if (issued.IdToken is not null)
        {
            body["id_token"] = issued.IdToken;
        }

        if (issued.RefreshToken is not null)
        {
            body["refresh_token"] = issued.RefreshToken;
        }

        body["expires_in"] = issued.ExpiresIn;
        body["token_type"] = "Bearer";
        body["scope"] = issued.Scope;
        return body;
    }

    private static IResult UserInfoError(HttpContext context, string error, string description, int statusCode)
    {
        context.Response.Headers.WWWAuthenticate = $"Bearer error=\"{error}\", error_description=\"{description}\"";
        return Results.Json(new { error, error_description = description }, statusCode: statusCode);
    }

    private static void NoStore(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }

    private static string? Single(IFormCollection form, string name)
        => form.TryGetValue(name, out StringValues values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    [LoggerMessage(EventId = 410, EventName = "OidcTokensIssued", Level = LogLevel.Debug, Message = "Tokens issued to OIDC app {ClientId} by the {GrantType} grant.")]
    private static partial void LogTokensIssued(ILogger logger, string grantType, string clientId);

    [LoggerMessage(EventId = 411, EventName = "OidcTokenRequestRefused", Level = LogLevel.Information, Message = "Token request refused with {Error}.")]
    private static partial void LogTokenRequestRefused(ILogger logger, string error);
}
