using Authing.Emulator.Tokens;

namespace Authing.Emulator.Schema;

/// <summary>What the gateways know of one GraphQL request: the bearer token, the caller's IP and the base URL.</summary>
public sealed class GatewayRequest(string? bearerToken, string? remoteIp, Uri baseUrl)
{
    /// <summary>The token from the <c>Authorization</c> header (with or without the <c>Bearer</c> prefix).</summary>
    public string? BearerToken { get; } = bearerToken;

    /// <summary>The caller's IP address.</summary>
    public string? RemoteIp { get; } = remoteIp;

    /// <summary>The emulator's base URL as the caller reached it, for links in e-mails.</summary>
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>The caller, once identified (see <see cref="Access"/>).</summary>
    internal Caller? Caller { get; set; }

    /// <summary>Reads the request state from an HTTP request.</summary>
    public static GatewayRequest From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString().Trim();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : header;
        var request = context.Request;
        return new GatewayRequest(
            token.Length == 0 ? null : token,
            context.Connection.RemoteIpAddress?.ToString(),
            new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"));
    }
}
