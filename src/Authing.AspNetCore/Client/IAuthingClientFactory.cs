namespace Authing.AspNetCore.Client;

/// <summary>Gives the <see cref="AuthingClient"/> registered under a name (one per user pool).</summary>
public interface IAuthingClientFactory
{
    /// <summary>The client registered with <c>AddAuthingClient(name, ...)</c>; the same instance on every call.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No client is registered under <paramref name="name"/>.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The client's options are invalid.</exception>
    AuthingClient GetClient(string name);
}
