extern alias webapi;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Authing.Samples.Tests.WebApi;

/// <summary>
/// The Web API sample as it starts with no Authing configuration: on its embedded emulator, kept in memory so that
/// tests write nothing to the sample's folder. <see cref="Settings"/> adds configuration keys before the app starts.
/// </summary>
public sealed class WebApiFactory : WebApplicationFactory<webapi::Program>
{
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Emulator:Storage", "InMemory");
        foreach ((string key, string? value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
