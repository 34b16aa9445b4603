namespace Authing.AspNetCore.Client;

/// <summary>Default values used by the Authing client.</summary>
public static class AuthingClientDefaults
{
    /// <summary>The client name used by the registration overloads that take no name: <c>"Authing"</c>.</summary>
    public const string Name = "Authing";

    /// <summary>Authing's users GraphQL gateway.</summary>
    public const string UsersGateway = "https://users.authing.cn/graphql";

    /// <summary>Authing's OAuth GraphQL gateway.</summary>
    public const string OAuthGateway = "https://oauth.authing.cn/graphql";

    /// <summary>The base address of Authing's REST endpoints (SMS codes).</summary>
    public const string RestBase = "https://users.authing.cn";

    /// <summary>Authing's public key for password encryption, as published in its API documentation.</summary>
    public const string PasswordEncPublicKey = """
        -----BEGIN PUBLIC KEY-----
        MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC4xKeUgQ+Aoz7TLfAfs9+paePb
        5KIofVthEopwrXFkp8OCeocaTHt9ICjTT2QeJh6cZaDaArfZ873GPUn00eOIZ7Ae
        +TiA2BKHbCvloW3w5Lnqm70iSsUi5Fmu9/2+68GZRH9L7Mlh8cFksCicW2Y2W2uM
        GKl64GDcIq3au+aqJQIDAQAB
        -----END PUBLIC KEY-----
        """;

    /// <summary>The name of the <see cref="System.Net.Http.HttpClient"/> registered for an Authing client name.</summary>
    /// <param name="name">The Authing client name.</param>
    /// <returns>The HTTP client name, <c>"Authing.Client:" + name</c>.</returns>
    public static string HttpClientName(string name) => "Authing.Client:" + name;
}
