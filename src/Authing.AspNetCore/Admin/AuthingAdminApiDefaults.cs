namespace Authing.AspNetCore.Admin;

/// <summary>Default values of the Authing admin API.</summary>
public static class AuthingAdminApiDefaults
{
    /// <summary>The route prefix of the admin routes: <c>api/authing/users</c>.</summary>
    public const string RoutePrefix = "api/authing/users";

    /// <summary>The configuration section the admin API options are read from: <c>Authing:AdminApi</c>.</summary>
    public const string ConfigurationSection = "Authing:AdminApi";

    /// <summary>The page size of the list route when the caller gives none.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>The largest page size, and the largest number of ids one call may name.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The OpenAPI tag of the admin routes.</summary>
    public const string Tag = "Authing users";
}
