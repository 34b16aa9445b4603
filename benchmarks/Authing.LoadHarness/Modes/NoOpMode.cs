using Authing.Benchmarking;
using Microsoft.AspNetCore.Authentication;

namespace Authing.LoadHarness.Modes;

/// <summary>
/// The authentication plumbing alone: a scheme that validates nothing and returns a prepared user with the Authing
/// scheme's claims. The gap between it and anonymous is the middleware, the authorization and the larger answer; the
/// gap between it and another mode is that mode's own validation.
/// </summary>
internal sealed class NoOpMode : AuthenticatedMode
{
    /// <inheritdoc />
    public override string Name => "noop";

    /// <inheritdoc />
    public override string? Authorization => null;

    /// <inheritdoc />
    public override bool RequiresAuthentication => false;

    /// <inheritdoc />
    protected override string Scheme => NoOpHandler.SchemeName;

    /// <inheritdoc />
    protected override void AddScheme(AuthenticationBuilder authentication) =>
        authentication.AddScheme<AuthenticationSchemeOptions, NoOpHandler>(Scheme, configureOptions: null);
}
