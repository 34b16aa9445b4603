using Microsoft.AspNetCore.Authentication;

namespace Authing.LoadHarness.Modes;

/// <summary>A mode whose <c>GET /me</c> requires a user authenticated by one scheme, the app's default.</summary>
internal abstract class AuthenticatedMode : HarnessMode
{
    /// <inheritdoc />
    public override bool RequiresAuthentication => true;

    /// <summary>The scheme that authenticates the requests.</summary>
    protected abstract string Scheme { get; }

    /// <inheritdoc />
    public override void AddServices(IServiceCollection services)
    {
        AddScheme(services.AddAuthentication(Scheme));
        services.AddAuthorization();
    }

    /// <inheritdoc />
    public override void MapEndpoints(WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapMe().RequireAuthorization();
    }

    /// <summary>Adds <see cref="Scheme"/> (and what it needs) to the app.</summary>
    protected abstract void AddScheme(AuthenticationBuilder authentication);
}
