using Authing.Emulator.Configuration;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Hosting;

/// <summary>Runs an Authing emulator inside an app that has no Authing user pool configured (samples, local development).</summary>
public static class EmbeddedEmulatorExtensions
{
    /// <summary>The app's configuration section read for <c>UserPoolId</c> and written when the emulator starts.</summary>
    public const string AuthingSection = "Authing";

    /// <summary>The folder, under the app's content root, that keeps the embedded emulator's data by default.</summary>
    public const string DefaultDataFolder = "emulator-data";

    /// <summary>The embedded emulator logs warnings and errors only; the app says where it runs.</summary>
    private const string EmulatorLogLevelKey = "Logging:LogLevel:Default";

    /// <summary>
    /// When the app's <c>Authing</c> section has no <c>UserPoolId</c>, starts an emulator on a free loopback port before
    /// the app is built and points the <c>Authing</c> section at it (<c>UserPoolId</c>, <c>Secret</c>,
    /// <c>UsersGateway</c>, <c>OAuthGateway</c>, <c>RestBase</c>, <c>PasswordEncPublicKey</c>). The emulator stops
    /// with the app, and the app logs where it runs once it starts. Does nothing when a pool is configured.
    /// </summary>
    /// <remarks>
    /// The emulator reads the app's own <c>Emulator</c> section (the same keys as the stand-alone emulator). Its data
    /// is kept in SQLite under <c>emulator-data/</c> in the app's content root, so users survive restarts; set
    /// <c>Emulator:Storage</c> to <c>InMemory</c> to start empty each time, or <c>Emulator:DataFolder</c> to move it
    /// (a relative folder is taken under the content root).
    /// </remarks>
    /// <param name="builder">The app's builder.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator, or <see langword="null"/> when the app has a user pool configured.</returns>
    public static async Task<EmbeddedEmulator?> AddAuthingEmulatorWhenUnconfiguredAsync(this WebApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[AuthingSection + ":UserPoolId"]))
        {
            return null;
        }

        Dictionary<string, string?> settings = EmulatorSettings(builder.Configuration, builder.Environment.ContentRootPath, out string? dataFolder);
        EmulatorHost host = await StartOutsideTheAppsContextAsync(settings, cancellationToken).ConfigureAwait(false);
        var emulator = new EmbeddedEmulator(host, dataFolder);
        builder.Configuration.AddInMemoryCollection(emulator.ClientSettings(AuthingSection));
        builder.Services.AddSingleton(emulator);
        builder.Services.AddHostedService(provider => new EmbeddedEmulatorService(emulator, provider.GetRequiredService<ILogger<EmbeddedEmulatorService>>()));
        return emulator;
    }

    /// <summary>
    /// Builds the emulator's host without the app's execution context: tools that wait for the app's host to be built
    /// (WebApplicationFactory, dotnet-ef) follow that context, and must not take the emulator's host for the app's.
    /// </summary>
    private static Task<EmulatorHost> StartOutsideTheAppsContextAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() => EmulatorHost.StartAsync(settings, cancellationToken), cancellationToken);
        }
    }

    private static Dictionary<string, string?> EmulatorSettings(ConfigurationManager configuration, string contentRoot, out string? dataFolder)
    {
        IConfigurationSection section = configuration.GetSection(EmulatorOptions.SectionName);
        Dictionary<string, string?> settings = section.AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        settings[Key(nameof(EmulatorOptions.PrintBanner))] = bool.FalseString;
        settings.TryAdd(EmulatorLogLevelKey, nameof(LogLevel.Warning));

        bool inMemory = Enum.TryParse(section[nameof(EmulatorOptions.Storage)], ignoreCase: true, out StorageMode storage) && storage == StorageMode.InMemory;
        dataFolder = inMemory ? null : Path.GetFullPath(section[nameof(EmulatorOptions.DataFolder)] ?? DefaultDataFolder, contentRoot);
        if (dataFolder is not null)
        {
            settings[Key(nameof(EmulatorOptions.DataFolder))] = dataFolder;
        }

        return settings;

        static string Key(string property) => ConfigurationPath.Combine(EmulatorOptions.SectionName, property);
    }
}
