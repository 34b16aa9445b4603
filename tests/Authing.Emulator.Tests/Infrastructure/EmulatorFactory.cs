using Authing.Emulator.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.Emulator.Tests.Infrastructure;

/// <summary>
/// The emulator in process with in-memory storage, one fixed test pool and a fake clock; or, given a data folder,
/// with SQLite storage there.
/// </summary>
public sealed class EmulatorFactory : WebApplicationFactory<EmulatorHost>
{
    public const string PoolId = "5f1e2d3c4b5a697887960a1b";
    public const string PoolSecret = "test-pool-secret";

    /// <summary>A folder for SQLite storage; in-memory storage when null.</summary>
    public string? DataFolder { get; init; }

    /// <summary>More configuration keys, such as <c>Emulator:OidcApps:0:ClientId</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 8, 30, 0, TimeSpan.Zero));

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Emulator:Storage", DataFolder is null ? "InMemory" : "Sqlite");
        builder.UseSetting("Emulator:DataFolder", DataFolder ?? "unused");
        builder.UseSetting("Emulator:PrintBanner", "false");
        builder.UseSetting("Emulator:UserPools:0:Id", PoolId);
        builder.UseSetting("Emulator:UserPools:0:Secret", PoolSecret);
        builder.UseSetting("Emulator:UserPools:0:Name", "Test <pool> & co");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
