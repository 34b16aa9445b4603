using Authing.AspNetCore.Authentication;
using Authing.Benchmarking;
using Microsoft.AspNetCore.Authentication;

namespace Authing.LoadHarness.Modes;

/// <summary>
/// The Authing scheme in <c>OidcAccessToken</c> mode: an RS256 access token of the demo OIDC app, checked locally against
/// the emulator's JWKS (fetched once) on a cache miss; no request calls Authing.
/// </summary>
/// <param name="peer">The emulator and the access token.</param>
internal sealed class OidcAccessTokenMode(AuthingPeer peer) : AuthenticatedMode
{
    /// <inheritdoc />
    public override string Name => "oidc-jwks";

    /// <inheritdoc />
    public override string? Authorization => "Bearer " + peer.OidcAccessToken;

    /// <inheritdoc />
    protected override string Scheme => AuthingDefaults.AuthenticationScheme;

    /// <inheritdoc />
    protected override void AddScheme(AuthenticationBuilder authentication)
    {
        authentication.Services.AddAuthingClient(Scheme, peer.Configure);
        authentication.AddAuthing(AuthingPeer.ConfigureOidcAccessTokens);
    }
}
