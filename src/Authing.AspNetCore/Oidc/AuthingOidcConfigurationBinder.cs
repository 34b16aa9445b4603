using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Copies the keys of an <c>Authing</c>-style section onto <see cref="AuthingOidcOptions"/>: the OIDC keys under
/// <c>Oidc:</c>, and <c>RestBase</c> to derive the authority when <c>Oidc:Authority</c> is absent. Absent keys leave the option alone.
/// </summary>
internal static class AuthingOidcConfigurationBinder
{
    public static void Bind(IConfiguration authingSection, AuthingOidcOptions options)
    {
        if (Read<Uri?>(authingSection, "RestBase", null, ConfigurationValues.ParseHttpUri) is { } restBase)
        {
            options.Authority = AuthorityFrom(restBase);
        }

        BindOidcKeys(authingSection.GetSection(AuthingOidcDefaults.ConfigurationSection), options);
    }

    /// <summary>Binds the OIDC keys themselves (a section such as <c>Authing:Oidc</c> or <c>Authentication:Schemes:AuthingOidc</c>).</summary>
    public static void BindOidcKeys(IConfiguration section, AuthingOidcOptions options)
    {
        options.Authority = Read(section, nameof(options.Authority), options.Authority, ConfigurationValues.ParseHttpUri);
        options.MetadataAddress = Read(section, nameof(options.MetadataAddress), options.MetadataAddress, ConfigurationValues.ParseHttpUri);
        options.ClientId = section[nameof(options.ClientId)] ?? options.ClientId;
        options.ClientSecret = section[nameof(options.ClientSecret)] ?? options.ClientSecret;
        options.CallbackPath = Read(section, nameof(options.CallbackPath), options.CallbackPath, value => new PathString(value));
        options.SignedOutCallbackPath = Read(section, nameof(options.SignedOutCallbackPath), options.SignedOutCallbackPath, value => new PathString(value));
        options.SignedOutRedirectUri = section[nameof(options.SignedOutRedirectUri)] ?? options.SignedOutRedirectUri;
        options.SignInScheme = section[nameof(options.SignInScheme)] ?? options.SignInScheme;
        options.ClaimsIssuer = section[nameof(options.ClaimsIssuer)] ?? options.ClaimsIssuer;
        if (section[nameof(options.Scope)] is { } scope)
        {
            options.Scope.Clear();
            foreach (string item in scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                options.Scope.Add(item);
            }
        }

        options.RequireHttpsMetadata = Read(section, nameof(options.RequireHttpsMetadata), options.RequireHttpsMetadata, bool.Parse);
        options.GetClaimsFromUserInfoEndpoint = Read(section, nameof(options.GetClaimsFromUserInfoEndpoint), options.GetClaimsFromUserInfoEndpoint, bool.Parse);
        options.SaveTokens = Read(section, nameof(options.SaveTokens), options.SaveTokens, bool.Parse);
        options.UsePkce = Read(section, nameof(options.UsePkce), options.UsePkce, bool.Parse);
        options.ClockSkew = Read(section, nameof(options.ClockSkew), options.ClockSkew, ConfigurationValues.ParseDuration);
        options.RefreshBeforeExpiry = Read(section, nameof(options.RefreshBeforeExpiry), options.RefreshBeforeExpiry, ConfigurationValues.ParseDuration);
        options.MetadataRefreshInterval = Read(section, nameof(options.MetadataRefreshInterval), options.MetadataRefreshInterval, ConfigurationValues.ParseDuration);
        options.AutomaticMetadataRefreshInterval = Read(section, nameof(options.AutomaticMetadataRefreshInterval), options.AutomaticMetadataRefreshInterval, ConfigurationValues.ParseDuration);
    }

    /// <summary>The issuer of Authing's OIDC provider on <paramref name="host"/>: <c>{host}/oauth/oidc</c>.</summary>
    public static Uri AuthorityFrom(Uri host) => new(host.AbsoluteUri.TrimEnd('/') + "/" + AuthingOidcDefaults.AuthorityPath);

    private static T Read<T>(IConfiguration section, string key, T current, Func<string, T> parse) =>
        ConfigurationValues.Read(section, key, current, parse, nameof(AuthingOidcOptions));
}
