using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Admin;

/// <summary>Adds <see cref="AuthingAdminRouteConvention"/> with the validated prefix to the MVC options.</summary>
internal sealed class AuthingAdminMvcSetup(IOptions<AuthingAdminApiOptions> adminOptions) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Conventions.Add(new AuthingAdminRouteConvention(adminOptions.Value.RoutePrefix.Trim('/')));
    }
}
