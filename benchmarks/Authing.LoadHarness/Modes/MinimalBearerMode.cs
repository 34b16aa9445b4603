using Authing.Benchmarking;
using Microsoft.AspNetCore.Authentication;

namespace Authing.LoadHarness.Modes;

/// <summary>
/// A bearer scheme that validates nothing: the same <c>Authorization</c> header as the Authing mode, and a new principal
/// with the same claims for every request. The floor for any scheme that reads a bearer token.
/// </summary>
/// <param name="peer">The emulator and the UserToken sent as the header.</param>
internal sealed class MinimalBearerMode(AuthingPeer peer) : AuthenticatedMode
{
    /// <inheritdoc />
    public override string Name => "minimal-bearer";

    /// <inheritdoc />
    public override string? Authorization => "Bearer " + peer.UserToken;

    /// <inheritdoc />
    protected override string Scheme => MinimalBearerHandler.SchemeName;

    /// <inheritdoc />
    protected override void AddScheme(AuthenticationBuilder authentication) =>
        authentication.AddScheme<AuthenticationSchemeOptions, MinimalBearerHandler>(Scheme, configureOptions: null);
}
