using Authing.Emulator.Rest;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Authing emulator's endpoints.</summary>
public static class EmulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the REST endpoints (<c>/send_smscode</c>, <c>/notification/send_register_smscode</c>, <c>/system/status</c>)
    /// and the emulator's own (<c>/__emulator/public-key</c>, <c>/__emulator/outbox</c>, <c>/__emulator/outbox.html</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapAuthingEmulator(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEmulatorEndpoints();
        endpoints.MapSmsEndpoints();
        return endpoints;
    }
}
