using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Authing.AspNetCore.Authentication;

/// <summary>Factories of the usual <see cref="AuthingTokenSource"/>s, for <see cref="AuthingOptions.TokenSources"/>.</summary>
public static class AuthingTokenSources
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Reads the token from <c>Authorization: Bearer &lt;token&gt;</c> (the default source).</summary>
    /// <returns>The token source.</returns>
    public static AuthingTokenSource FromAuthorizationHeader() => static request =>
    {
        string? authorization = request.Headers[HeaderNames.Authorization];
        if (authorization is null || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return NullIfEmpty(authorization[BearerPrefix.Length..].Trim());
    };

    /// <summary>Reads the token from the cookie <paramref name="name"/>.</summary>
    /// <param name="name">The cookie's name.</param>
    /// <returns>The token source.</returns>
    public static AuthingTokenSource FromCookie(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return request => NullIfEmpty(request.Cookies[name]);
    }

    /// <summary>Reads the token from the query string parameter <paramref name="name"/> (for WebSockets and server-sent events).</summary>
    /// <param name="name">The query string parameter's name.</param>
    /// <returns>The token source.</returns>
    public static AuthingTokenSource FromQueryString(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return request => NullIfEmpty(request.Query[name].ToString());
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
