using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Authentication;

/// <summary>Fails start-up when no <see cref="IAuthingTokenIntrospector"/> is registered, instead of every request failing later.</summary>
internal sealed class AuthingIntrospectorValidator(IServiceProviderIsService services) : IValidateOptions<AuthingOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthingOptions options) =>
        services.IsService(typeof(IAuthingTokenIntrospector))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The Authing scheme '{name}' needs an {nameof(IAuthingTokenIntrospector)} service: register the Authing client (or your own implementation) in the service collection.");
}
