using Authing.AspNetCore.Client;
using Authing.Samples.Mvc.Controllers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.Samples.Tests.Infrastructure;

/// <summary>
/// The MVC sample in process, talking to an in-process emulator over HTTP (the emulator's TestServer is the Authing
/// client's primary handler). <see cref="Emulator"/> reads the outbox; the demo administrator is <see cref="AdminEmail"/>.
/// </summary>
public sealed class MvcSiteFactory : WebApplicationFactory<HomeController>
{
    public const string AdminEmail = "site-admin@example.com";

    private readonly Lazy<EmulatorUsers> users;

    public MvcSiteFactory() => users = new Lazy<EmulatorUsers>(() => new EmulatorUsers(Emulator));

    public EmulatorServer Emulator { get; } = new();

    /// <summary>A client of its own on the same emulator, for arranging users without going through the pages.</summary>
    internal EmulatorUsers Users => users.Value;

    /// <summary>The site's rate limit on sign-in forms; high by default so tests sharing a site never meet it.</summary>
    public int SignInPermitsPerMinute { get; init; } = 10_000;

    /// <summary>How long the site trusts a validated UserToken; null keeps the library's default.</summary>
    public TimeSpan? CacheDuration { get; init; }

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests follow them to see each hop).</summary>
    public SiteBrowser CreateBrowser(Uri? baseAddress = null) =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = baseAddress ?? new Uri("http://localhost/") }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach ((string key, string? value) in SiteSettings)
        {
            builder.UseSetting(key, value);
        }

        foreach ((string key, string? value) in Emulator.ClientSettings("Authing:"))
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Sample:AdminEmails:0", AdminEmail);
        builder.UseSetting("Sample:SignInPermitsPerMinute", SignInPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (CacheDuration is { } cacheDuration)
        {
            builder.UseSetting("Authing:CacheDuration", cacheDuration.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.ConfigureTestServices(services => Emulator.RouteClient(services, AuthingClientDefaults.Name));
    }

    /// <summary>More site settings (for example <c>Sample:DirectorySignIn:Ldap</c>).</summary>
    public IReadOnlyDictionary<string, string?> SiteSettings { get; init; } = new Dictionary<string, string?>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (users.IsValueCreated)
            {
                users.Value.Dispose();
            }

            Emulator.Dispose();
        }
    }
}
