using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authing.Benchmarking;

/// <summary>
/// The baseline scheme: it reads nothing and validates nothing, and authenticates every request as one prepared user
/// carrying the claims the Authing scheme issues. What it costs is the authentication plumbing itself.
/// </summary>
/// <param name="options">The schemes' options.</param>
/// <param name="logger">The logger factory.</param>
/// <param name="encoder">The URL encoder.</param>
public sealed class NoOpHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "NoOp";

    private static readonly ClaimsPrincipal User = BenchmarkUser.Create(SchemeName);

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(User, SchemeName)));
}
