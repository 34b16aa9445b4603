using System.Security.Claims;

namespace Authing.Samples.WebApi.Me;

/// <summary>Maps <c>GET /me</c>: the signed-in caller's claims.</summary>
internal static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/me", GetMe).RequireAuthorization();
        return endpoints;
    }

    private static MeResponse GetMe(ClaimsPrincipal user) =>
        new(user.Identity?.Name, [.. user.Claims.Select(claim => new ClaimResponse(claim.Type, claim.Value))]);
}
