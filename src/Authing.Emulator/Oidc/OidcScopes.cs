namespace Authing.Emulator.Oidc;

/// <summary>The scopes the provider knows, and the parsing of a <c>scope</c> parameter.</summary>
public static class OidcScopes
{
    /// <summary>Asks for an id_token.</summary>
    public const string OpenId = "openid";

    /// <summary>Asks for a refresh token.</summary>
    public const string OfflineAccess = "offline_access";

    /// <summary>The scope of the password grant when none is sent (Authing's default).</summary>
    public const string PasswordDefault = "openid profile email phone";

    /// <summary>The scope of the authingToken grant when none is sent (Authing's default).</summary>
    public const string AuthingTokenDefault = "openid profile email phone offline_access";

    /// <summary>Every scope the provider knows.</summary>
    public static IReadOnlyList<string> Supported { get; } = [OpenId, "profile", "email", "phone", OfflineAccess];

    /// <summary>The known scopes among <paramref name="scope"/>, in the provider's order; unknown ones are dropped.</summary>
    public static IReadOnlyList<string> Parse(string? scope)
    {
        var requested = (scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. Supported.Where(known => requested.Contains(known, StringComparer.Ordinal))];
    }

    /// <summary>Joins scopes with spaces.</summary>
    public static string Join(IEnumerable<string> scopes) => string.Join(' ', scopes);

    /// <summary>True when <paramref name="scope"/> (space separated) contains <paramref name="value"/>.</summary>
    public static bool Contains(string scope, string value) => Parse(scope).Contains(value, StringComparer.Ordinal);
}
