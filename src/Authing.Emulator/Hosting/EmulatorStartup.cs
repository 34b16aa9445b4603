using System.Globalization;
using System.Text;
using Authing.Emulator.Configuration;
using Authing.Emulator.Keys;
using Authing.Emulator.Oidc;
using Authing.Emulator.Pools;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Hosting;

/// <summary>
/// Opens the data, keys and pools before the first request, and once the app has started writes the banner: URLs,
/// pool ids, secrets (deliberately: this is a local emulator), the OIDC apps and the public key.
/// </summary>
internal sealed partial class EmulatorStartup(
    UserPoolDirectory pools,
    EmulatorKeys keys,
    OidcAppDirectory oidcApps,
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<EmulatorOptions> options,
    ILogger<EmulatorStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogReady(logger, pools.All.Count, options.Value.Storage);
        if (options.Value.PrintBanner)
        {
            lifetime.ApplicationStarted.Register(() => Console.Out.Write(Banner()));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string Banner()
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine("Authing emulator is running.");
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  users gateway:  {address}/graphql")
                .AppendLine(CultureInfo.InvariantCulture, $"  oauth gateway:  {address}/oauth/graphql")
                .AppendLine(CultureInfo.InvariantCulture, $"  outbox:         {address}/__emulator/outbox.html")
                .AppendLine(CultureInfo.InvariantCulture, $"  OIDC discovery: {address}/oauth/oidc/.well-known/openid-configuration");
        }

        text.AppendLine(options.Value.Storage == StorageMode.Sqlite
            ? string.Create(CultureInfo.InvariantCulture, $"  data folder:    {Path.GetFullPath(options.Value.DataFolder)}")
            : "  data:           in memory");
        foreach (var pool in pools.All)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  user pool:      {pool.Id}  secret: {pool.Secret}  ({pool.Name})");
        }

        foreach (var app in oidcApps.All)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  OIDC app:       {app.ClientId}  secret: {app.ClientSecret}  ({app.Name}, pool {app.PoolId})");
        }

        return text.AppendLine("  password encryption public key (RSA PKCS#1 v1.5):").AppendLine(keys.PublicKeyPem).ToString();
    }

    [LoggerMessage(EventId = 1, EventName = "EmulatorReady", Level = LogLevel.Information, Message = "Authing emulator ready with {PoolCount} user pool(s), storage {Storage}.")]
    private static partial void LogReady(ILogger logger, int poolCount, StorageMode storage);
}
