namespace Authing.LoadHarness.Modes;

/// <summary>The ceiling: <c>GET /me</c> with no authentication at all (no middleware, no header).</summary>
internal sealed class AnonymousMode : HarnessMode
{
    /// <summary>The mode's name, the baseline of the ratios.</summary>
    public const string ModeName = "anonymous";

    /// <inheritdoc />
    public override string Name => ModeName;

    /// <inheritdoc />
    public override string? Authorization => null;

    /// <inheritdoc />
    public override bool RequiresAuthentication => false;

    /// <inheritdoc />
    public override void AddServices(IServiceCollection services)
    {
    }

    /// <inheritdoc />
    public override void MapEndpoints(WebApplication app) => app.MapMe();
}
