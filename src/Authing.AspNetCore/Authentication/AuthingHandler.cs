using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Authing.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Authing.AspNetCore.Authentication;

/// <summary>
/// Authenticates a request by its Authing UserToken: reads the token, asks the cache or Authing about it and builds the
/// principal; answers 401 per RFC 6750 and 403. An upstream failure fails closed (401, <c>invalid_token</c>).
/// </summary>
/// <param name="options">The schemes' options.</param>
/// <param name="logger">The logger factory.</param>
/// <param name="encoder">The URL encoder.</param>
/// <param name="cache">The validations already known, and the way to Authing.</param>
/// <param name="instrumentation">Counts the validations.</param>
internal sealed class AuthingHandler(
    IOptionsMonitor<AuthingOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthingTokenCache cache,
    AuthingInstrumentation instrumentation)
    : AuthenticationHandler<AuthingOptions>(options, logger, encoder)
{
    private const string BearerScheme = "Bearer";
    private const string InvalidToken = "invalid_token";

    private new AuthingEvents Events => (AuthingEvents)base.Events!;

    /// <inheritdoc />
    protected override Task<object> CreateEventsAsync() => Task.FromResult<object>(new AuthingEvents());

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var messageReceived = new MessageReceivedContext(Context, Scheme, Options);
        await Events.MessageReceived(messageReceived);
        if (messageReceived.Result is not null)
        {
            return messageReceived.Result;
        }

        string? token = string.IsNullOrEmpty(messageReceived.Token) ? ReadToken() : messageReceived.Token;
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        AuthingTokenIntrospection introspection;
        try
        {
            introspection = await cache.GetAsync(Scheme.Name, token, ConnectionTokenHash.Of(Context, token), Options, Context.RequestAborted);
        }
        catch (Exception exception) when (!Context.RequestAborted.IsCancellationRequested)
        {
            instrumentation.Validated(Scheme.Name, AuthingDiagnostics.ResultFailed);
            Logger.AuthingUnavailable(Scheme.Name, exception);
            return await FailAsync(new AuthingUnavailableException(exception));
        }

        if (!introspection.Active)
        {
            instrumentation.Validated(Scheme.Name, AuthingDiagnostics.ResultRejected);
            Logger.TokenRejected(Scheme.Name, introspection.Code);
            return await FailAsync(new AuthingTokenRejectedException(introspection.Code));
        }

        instrumentation.Validated(Scheme.Name, AuthingDiagnostics.ResultSuccess);
        AuthingTokenClaims claims = introspection.Claims!;
        var tokenValidated = new TokenValidatedContext(Context, Scheme, Options, claims)
        {
            Principal = CreatePrincipal(claims),
            Properties = new AuthenticationProperties { IssuedUtc = FromUnixSeconds(claims.IssuedAt), ExpiresUtc = FromUnixSeconds(claims.ExpiresAt) },
        };
        if (Options.SaveToken)
        {
            tokenValidated.Properties.StoreTokens([new AuthenticationToken { Name = AuthingDefaults.AccessTokenName, Value = token }]);
        }

        await Events.TokenValidated(tokenValidated);
        if (tokenValidated.Result is not null)
        {
            return tokenValidated.Result;
        }

        Logger.TokenValidated(Scheme.Name, claims.UserId);
        tokenValidated.Success();
        return tokenValidated.Result!;
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        AuthenticateResult authenticateResult = await HandleAuthenticateOnceSafeAsync();
        var challenge = new AuthingChallengeContext(Context, Scheme, Options, properties) { AuthenticateFailure = authenticateResult.Failure };
        if (challenge.AuthenticateFailure is not null)
        {
            challenge.Error = InvalidToken;
            challenge.ErrorDescription = Options.IncludeErrorDetails ? AuthingErrorDescriptions.ForFailure(challenge.AuthenticateFailure) : null;
        }

        await Events.Challenge(challenge);
        if (challenge.Handled)
        {
            Logger.ChallengeHandled(Scheme.Name);
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, BuildChallenge(challenge));
    }

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (Response.HasStarted)
        {
            Logger.ForbiddenResponseHasStarted(Scheme.Name);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Events.Forbidden(new ForbiddenContext(Context, Scheme, Options));
    }

    private string? ReadToken()
    {
        foreach (AuthingTokenSource source in Options.TokenSources)
        {
            if (source(Request) is { } token)
            {
                return token;
            }
        }

        return null;
    }

    private async Task<AuthenticateResult> FailAsync(Exception failure)
    {
        var failed = new AuthenticationFailedContext(Context, Scheme, Options, failure);
        await Events.AuthenticationFailed(failed);
        return failed.Result ?? AuthenticateResult.Fail(failure);
    }

    /// <summary>
    /// Builds the principal. Each claim is created already bound to its identity, which therefore keeps it as is
    /// instead of cloning it (<see cref="ClaimsIdentity.AddClaim"/> copies a claim whose subject is another identity).
    /// </summary>
    private ClaimsPrincipal CreatePrincipal(AuthingTokenClaims token)
    {
        var identity = new ClaimsIdentity(Scheme.Name, AuthingClaimTypes.Subject, ClaimTypes.Role);
        string issuer = ClaimsIssuer;
        Add(AuthingClaimTypes.Subject, token.UserId);
        Add(ClaimTypes.NameIdentifier, token.UserId);
        AddIfPresent(AuthingClaimTypes.Email, token.Email);
        AddIfPresent(AuthingClaimTypes.PhoneNumber, token.Phone);
        AddIfPresent(AuthingClaimTypes.ClientId, token.ClientId);
        AddIfPresent(AuthingClaimTypes.UnionId, token.Unionid);
        AddTime(AuthingClaimTypes.IssuedAt, token.IssuedAt);
        AddTime(AuthingClaimTypes.ExpiresAt, token.ExpiresAt);
        return new ClaimsPrincipal(identity);

        void Add(string type, string value, string valueType = ClaimValueTypes.String) =>
            identity.AddClaim(new Claim(type, value, valueType, issuer, issuer, identity));

        void AddIfPresent(string type, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Add(type, value);
            }
        }

        void AddTime(string type, long? seconds)
        {
            if (seconds is long value)
            {
                Add(type, value.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);
            }
        }
    }

    private static DateTimeOffset? FromUnixSeconds(long? seconds) =>
        seconds is long value ? DateTimeOffset.FromUnixTimeSeconds(value) : null;

    private string BuildChallenge(AuthingChallengeContext challenge)
    {
        var header = new StringBuilder(BearerScheme);
        string separator = " ";
        Append("realm", Options.Realm);
        Append("error", challenge.Error);
        Append("error_description", challenge.ErrorDescription);
        Append("error_uri", challenge.ErrorUri);
        return header.ToString();

        void Append(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                header.Append(separator).Append(name).Append("=\"").Append(value.Replace("\"", "'", StringComparison.Ordinal)).Append('"');
                separator = ", ";
            }
        }
    }
}
