namespace Authing.Emulator.Oidc;

/// <summary>The provider's issuer as the caller reached it: <c>{scheme}://{host}{pathBase}/oauth/oidc</c>.</summary>
internal static class OidcIssuer
{
    public const string Path = "/oauth/oidc";

    public static string From(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";
}
