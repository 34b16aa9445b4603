using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authing.Benchmarking;

/// <summary>
/// The least any bearer scheme does, and nothing more: it takes the token from the <c>Authorization</c> header and builds
/// a new principal with the Authing scheme's claims for every request. It validates nothing. Its gap to anonymous is
/// what a scheme pays before validating at all; its gap to another mode is that mode's validation and bookkeeping.
/// </summary>
/// <param name="options">The schemes' options.</param>
/// <param name="logger">The logger factory.</param>
/// <param name="encoder">The URL encoder.</param>
public sealed class MinimalBearerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "MinimalBearer";

    private const string BearerPrefix = "Bearer ";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.Ordinal) || header.Length == BearerPrefix.Length)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(BenchmarkUser.Create(SchemeName), SchemeName)));
    }
}
