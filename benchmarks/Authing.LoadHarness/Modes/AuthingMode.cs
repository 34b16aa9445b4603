using Authing.AspNetCore.Authentication;
using Authing.Benchmarking;
using Microsoft.AspNetCore.Authentication;

namespace Authing.LoadHarness.Modes;

/// <summary>
/// The Authing scheme with its defaults (<c>checkLoginStatus</c>, 60 s cache): the first request asks the emulator,
/// later ones hit the memory cache (one upstream call a minute).
/// </summary>
/// <param name="peer">The emulator and the UserToken.</param>
internal sealed class AuthingMode(AuthingPeer peer) : AuthenticatedMode
{
    /// <inheritdoc />
    public override string Name => "authing";

    /// <inheritdoc />
    public override string? Authorization => "Bearer " + peer.UserToken;

    /// <inheritdoc />
    protected override string Scheme => AuthingDefaults.AuthenticationScheme;

    /// <inheritdoc />
    protected override void AddScheme(AuthenticationBuilder authentication)
    {
        authentication.Services.AddAuthingClient(Scheme, peer.Configure);
        authentication.AddAuthing();
    }
}
