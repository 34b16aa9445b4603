namespace Authing.LoadHarness.Modes;

/// <summary>
/// One way of serving <c>GET /me</c>, measured against the others: the harness gives each mode its own app on a
/// loopback port. A new mode is one subclass (usually of <see cref="AuthenticatedMode"/>) added to <c>Program.cs</c>.
/// </summary>
internal abstract class HarnessMode
{
    /// <summary>The mode's name in the report and in <c>--modes</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The <c>Authorization</c> header every request sends, or <see langword="null"/> for none.</summary>
    public abstract string? Authorization { get; }

    /// <summary>Whether a request without <see cref="Authorization"/> is refused (checked before measuring).</summary>
    public abstract bool RequiresAuthentication { get; }

    /// <summary>Registers the services the mode needs.</summary>
    public abstract void AddServices(IServiceCollection services);

    /// <summary>Builds the pipeline and maps <c>GET /me</c>.</summary>
    public abstract void MapEndpoints(WebApplication app);
}
