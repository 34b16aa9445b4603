using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Authing.AspNetCore.Authentication;

/// <summary>Reads one typed key of a configuration section for an options binder; an unreadable value names its key.</summary>
internal static class ConfigurationValues
{
    /// <summary>The parsed value of <paramref name="key"/>, or <paramref name="current"/> when the key is absent.</summary>
    public static T Read<T>(IConfiguration section, string key, T current, Func<string, T> parse, string optionsType)
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
            string path = section is IConfigurationSection named ? ConfigurationPath.Combine(named.Path, key) : key;
            throw new InvalidOperationException(
                $"Configuration key '{path}' has the value '{value}', which is not a valid {typeof(T).Name} for {optionsType}.{key}.",
                exception);
        }
    }

    public static TimeSpan ParseDuration(string value) => TimeSpan.Parse(value, CultureInfo.InvariantCulture);

    public static Uri ParseHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new FormatException($"'{value}' is not an absolute http(s) URL.");
}
