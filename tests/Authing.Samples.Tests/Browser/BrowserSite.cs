using Authing.Samples.Mvc.Controllers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Authing.Samples.Tests.Browser;

/// <summary>
/// The MVC sample as the README's run command starts it (no Authing configuration, so on its embedded emulator, kept
/// in memory), served by Kestrel on a loopback port, and Debian's Chromium driven by Playwright. The browser is
/// never downloaded: a missing <c>chromium</c> fails the tests (the test command installs it).
/// </summary>
public sealed class BrowserSite : WebApplicationFactory<HomeController>, IAsyncLifetime
{
    /// <summary>Where Debian's package puts the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string profileFolder = Directory.CreateTempSubdirectory("authing-chromium-").FullName;
    private IPlaywright? playwright;
    private IBrowserContext? context;

    public BrowserSite() => UseKestrel(0);

    /// <summary>The site's address on loopback.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Where the journey's screenshots go (under the test output).</summary>
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The browser context: one profile, cookies kept across pages.</summary>
    public IBrowserContext Context => context ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Debian's chromium is not installed at {ChromiumPath}: run ./test.sh, which installs it (apt-get install chromium).");
        }

        StartServer();
        Address = new Uri(ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
        Directory.CreateDirectory(ScreenshotFolder);
        playwright = await Playwright.CreateAsync();
        context = await playwright.Chromium.LaunchPersistentContextAsync(profileFolder, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            ViewportSize = new ViewportSize { Width = 1000, Height = 800 },
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        context.SetDefaultTimeout(30_000);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }

        playwright?.Dispose();
        await DisposeAsync();
        Directory.Delete(profileFolder, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Emulator:Storage", "InMemory");
        builder.UseSetting("Sample:SignInPermitsPerMinute", "10000");
    }
}
