using System.Globalization;
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
        if (authingSection["RestBase"] is { Length: > 0 } restBase)
        {
            options.Authority = AuthorityFrom(ParseUri(authingSection, "RestBase", restBase));
        }

        BindOidcKeys(authingSection.GetSection(AuthingOidcDefaults.ConfigurationSection), options);
    }

    /// <summary>Binds the OIDC keys themselves (a section such as <c>Authing:Oidc</c> or <c>Authentication:Schemes:AuthingOidc</c>).</summary>
    public static void BindOidcKeys(IConfiguration section, AuthingOidcOptions options)
    {
        options.Authority = Read(section, nameof(options.Authority), options.Authority, value => ParseUri(section, nameof(options.Authority), value));
        options.MetadataAddress = Read(section, nameof(options.MetadataAddress), options.MetadataAddress, value => ParseUri(section, nameof(options.MetadataAddress), value));
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
        options.ClockSkew = Read(section, nameof(options.ClockSkew), options.ClockSkew, ParseDuration);
        options.RefreshBeforeExpiry = Read(section, nameof(options.RefreshBeforeExpiry), options.RefreshBeforeExpiry, ParseDuration);
        options.MetadataRefreshInterval = Read(section, nameof(options.MetadataRefreshInterval), options.MetadataRefreshInterval, ParseDuration);
        options.AutomaticMetadataRefreshInterval = Read(section, nameof(options.AutomaticMetadataRefreshInterval), options.AutomaticMetadataRefreshInterval, ParseDuration);
    }

    /// <summary>The issuer of Authing's OIDC provider on <paramref name="host"/>: <c>{host}/oauth/oidc</c>.</summary>
    public static Uri AuthorityFrom(Uri host) => new(host.AbsoluteUri.TrimEnd('/') + "/" + AuthingOidcDefaults.AuthorityPath);

    private static T Read<T>(IConfiguration section, string key, T current, Func<string, T> parse)
    {
        string? value = section[key];
        if (value is null)
        {
            return current;
        }

        try
        {
            return parse(value);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            throw new InvalidOperationException(
                $"Configuration key '{PathOf(section, key)}' has the value '{value}', which is not a valid {typeof(T).Name} for {nameof(AuthingOidcOptions)}.{key}.",
                exception);
        }
    }

    private static Uri ParseUri(IConfiguration section, string key, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new InvalidOperationException($"Configuration key '{PathOf(section, key)}' must be an absolute http(s) URL.");

    private static string PathOf(IConfiguration section, string key) =>
        section is IConfigurationSection named ? ConfigurationPath.Combine(named.Path, key) : key;

    private static TimeSpan ParseDuration(string value) => TimeSpan.Parse(value, CultureInfo.InvariantCulture);
}
