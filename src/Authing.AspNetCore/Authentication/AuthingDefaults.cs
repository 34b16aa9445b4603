namespace Authing.AspNetCore.Authentication;

/// <summary>Default values of the Authing authentication scheme.</summary>
public static class AuthingDefaults
{
    /// <summary>The default scheme name, usable in <c>[Authorize(AuthenticationSchemes = AuthingDefaults.AuthenticationScheme)]</c>.</summary>
    public const string AuthenticationScheme = "Authing";

    /// <summary>The configuration section read for the default scheme (per-scheme settings live under <c>Authentication:Schemes:&lt;scheme&gt;</c>).</summary>
    public const string ConfigurationSection = "Authing";

    /// <summary>The name under which <see cref="AuthingOptions.SaveToken"/> stores the UserToken in the authentication properties.</summary>
    public const string AccessTokenName = "access_token";
}
