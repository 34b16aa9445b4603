using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Authing.AspNetCore.Authentication;

/// <summary>Copies the keys present in a configuration section onto <see cref="AuthingOptions"/>; absent keys leave the option alone.</summary>
internal static class AuthingConfigurationBinder
{
    public static void Bind(IConfiguration section, AuthingOptions options)
    {
        options.ValidationMode = Read(section, nameof(options.ValidationMode), options.ValidationMode, ParseMode);
        options.CacheDuration = Read(section, nameof(options.CacheDuration), options.CacheDuration, ConfigurationValues.ParseDuration);
        options.NegativeCacheDuration = Read(section, nameof(options.NegativeCacheDuration), options.NegativeCacheDuration, ConfigurationValues.ParseDuration);
        options.MemoryCacheSizeLimit = Read(section, nameof(options.MemoryCacheSizeLimit), options.MemoryCacheSizeLimit, ParseCount);
        options.SaveToken = Read(section, nameof(options.SaveToken), options.SaveToken, bool.Parse);
        options.IncludeErrorDetails = Read(section, nameof(options.IncludeErrorDetails), options.IncludeErrorDetails, bool.Parse);
        options.CacheKeyPrefix = section[nameof(options.CacheKeyPrefix)] ?? options.CacheKeyPrefix;
        options.Realm = section[nameof(options.Realm)] ?? options.Realm;
        options.ClaimsIssuer = section[nameof(options.ClaimsIssuer)] ?? options.ClaimsIssuer;
        IConfigurationSection oidc = section.GetSection("Oidc");
        options.OidcAuthority = Read(oidc, "Authority", options.OidcAuthority, ConfigurationValues.ParseHttpUri);
        options.OidcAudience = oidc["ClientId"] ?? options.OidcAudience;
        options.OidcRequireHttpsMetadata = Read(oidc, "RequireHttpsMetadata", options.OidcRequireHttpsMetadata, bool.Parse);
        options.OidcClockSkew = Read(oidc, "ClockSkew", options.OidcClockSkew, ConfigurationValues.ParseDuration);
    }

    private static T Read<T>(IConfiguration section, string key, T current, Func<string, T> parse) =>
        ConfigurationValues.Read(section, key, current, parse, nameof(AuthingOptions));

    private static AuthingValidationMode ParseMode(string value) =>
        Enum.TryParse(value, ignoreCase: true, out AuthingValidationMode mode) && Enum.IsDefined(mode)
            ? mode
            : throw new FormatException($"'{value}' is not an {nameof(AuthingValidationMode)}.");

    private static long ParseCount(string value) => long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
