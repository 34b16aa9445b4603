using System.Net;

namespace Authing.Emulator.Oidc;

/// <summary>Maps the OIDC provider's endpoints.</summary>
internal static class OidcEndpointRouteBuilderExtensions
{
    public static void MapOidcProvider(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/oauth/oidc/.well-known/openid-configuration", (HttpContext context) => Results.Json(OidcDiscovery.Document(context.Request)));
        endpoints.MapGet("/oauth/oidc/.well-known/jwks.json", (OidcSigningKeys keys) => Results.Json(OidcDiscovery.KeySet(keys)));
        endpoints.MapMethods("/oauth/oidc/auth", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, OidcAuthorizeEndpoints authorize) => authorize.AuthorizeAsync(context));
        endpoints.MapPost("/oauth/oidc/auth/login", (HttpContext context, OidcAuthorizeEndpoints authorize) => authorize.LoginAsync(context));
        endpoints.MapPost("/oauth/oidc/auth/consent", (HttpContext context, OidcAuthorizeEndpoints authorize) => authorize.ConsentAsync(context));
        endpoints.MapPost("/oauth/oidc/token", (HttpContext context, OidcTokenEndpoints token) => token.TokenAsync(context));
        endpoints.MapMethods("/oauth/oidc/me", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, OidcTokenEndpoints token) => token.UserInfoAsync(context));
        endpoints.MapMethods("/oauth/oidc/session/end", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, OidcLogoutEndpoints logout) => logout.EndSessionAsync(context));
        endpoints.MapGet("/login/profile/logout", (HttpContext context, OidcLogoutEndpoints logout) => logout.ProfileLogoutAsync(context));
        endpoints.MapPost("/__emulator/oidc/rotate-keys", (HttpContext context, OidcSigningKeys keys) => IsLocal(context)
            ? Results.Json(new { kid = keys.Rotate(), kids = keys.All.Select(key => key.KeyId).ToArray() })
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Key rotation is only accepted from the loopback interface."));
    }

    /// <summary>A loopback caller, or an in-process one (a test server has no remote address).</summary>
    private static bool IsLocal(HttpContext context)
        => context.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);
}
