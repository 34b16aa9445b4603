using System.Net;

namespace Authing.Emulator.Oidc;

/// <summary>Maps the OIDC provider's endpoints.</summary>
internal static class OidcEndpointRouteBuilderExtensions
{
    public static void MapOidcProvider(this IEndpointRouteBuilder endpoints)
    {
        var oidc = endpoints.MapGroup(OidcIssuer.Path).AddEndpointFilter(UnreadableFormIsBadRequest);
        oidc.MapGet("/.well-known/openid-configuration", (HttpContext context) => Results.Json(OidcDiscovery.Document(context.Request)));
        oidc.MapGet("/.well-known/jwks.json", (OidcSigningKeys keys) => Results.Json(OidcDiscovery.KeySet(keys)));
        oidc.MapMethods("/auth", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, OidcAuthorizeEndpoints authorize) => authorize.AuthorizeAsync(context));
        oidc.MapPost("/auth/login", (HttpContext context, OidcAuthorizeEndpoints authorize) => authorize.LoginAsync(context));
        oidc.MapPost("/auth/consent", (HttpContext context, OidcAuthorizeEndpoints authorize) => authorize.ConsentAsync(context));
        oidc.MapPost("/token", (HttpContext context, OidcTokenEndpoints token) => token.TokenAsync(context));
        oidc.MapMethods("/me", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, OidcTokenEndpoints token) => token.UserInfoAsync(context));
        oidc.MapMethods("/session/end", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, OidcLogoutEndpoints logout) => logout.EndSessionAsync(context));
        endpoints.MapGet("/login/profile/logout", (HttpContext context, OidcLogoutEndpoints logout) => logout.ProfileLogoutAsync(context));
        endpoints.MapPost("/__emulator/oidc/rotate-keys", (HttpContext context, OidcSigningKeys keys) => IsLocal(context)
            ? Results.Json(new { kid = keys.Rotate(), kids = keys.All.Select(key => key.KeyId).ToArray() })
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Key rotation is only accepted from the loopback interface."));
    }

    /// <summary>A form body that cannot be parsed (a multipart body without a boundary, for example) is the client's error.</summary>
    private static async ValueTask<object?> UnreadableFormIsBadRequest(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return Results.Json(new { error = "invalid_request", error_description = "The form body could not be read." }, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>A loopback caller, or an in-process one (a test server has no remote address).</summary>
    private static bool IsLocal(HttpContext context)
        => context.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);
}
