namespace Authing.AspNetCore.Oidc;

/// <summary>Tells a local path (<c>/x</c>) from an address that leaves the site (<c>//host</c>, <c>/\host</c>, <c>https://...</c>).</summary>
internal static class LocalRedirect
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
