using Authing.Emulator.Oidc;
using Authing.Emulator.Rest;
using Authing.Emulator.Schema;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Authing emulator's endpoints.</summary>
public static class EmulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL gateways (users at <c>/graphql</c>, oauth at <c>/oauth/graphql</c>), the REST endpoints
    /// (<c>/send_smscode</c>, <c>/notification/send_register_smscode</c>, <c>/system/status</c>) and the emulator's own
    /// (<c>/__emulator/public-key</c>, <c>/__emulator/outbox</c>, <c>/__emulator/outbox.html</c>) and the OIDC provider
    /// under <c>/oauth/oidc</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapAuthingEmulator(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var gateways = endpoints.ServiceProvider.GetRequiredService<AuthingGateways>();
        endpoints.MapGraphQL("/graphql", gateways.Users, GatewayRequest.From);
        endpoints.MapGraphQL("/oauth/graphql", gateways.OAuth, GatewayRequest.From);
        endpoints.MapEmulatorEndpoints();
        endpoints.MapSmsEndpoints();
        endpoints.MapOidcProvider();
        return endpoints;
    }
}
