using System.Security.Claims;

namespace Authing.LoadHarness;

/// <summary>The measured endpoint, as in the Web API sample: <c>GET /me</c> returns the caller's claims as JSON.</summary>
internal static class MeEndpoints
{
    public const string Path = "/me";

    public static RouteHandlerBuilder MapMe(this IEndpointRouteBuilder endpoints) => endpoints.MapGet(Path, GetMe);

    private static MeResponse GetMe(ClaimsPrincipal user) =>
        new(user.Identity?.Name, [.. user.Claims.Select(claim => new ClaimResponse(claim.Type, claim.Value))]);
}
