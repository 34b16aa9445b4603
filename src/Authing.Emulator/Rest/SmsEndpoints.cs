using Authing.Emulator.Verification;

namespace Authing.Emulator.Rest;

/// <summary>Authing's SMS REST endpoints; the codes land in the outbox.</summary>
internal static class SmsEndpoints
{
    public static void MapSmsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/send_smscode/{phone}/{clientId}", (string phone, string clientId, SmsService sms, CancellationToken cancellationToken)
            => RestResults.Run(() => sms.SendCodeAsync(phone, clientId, forRegistration: false, cancellationToken)));
        endpoints.MapGet("/notification/send_register_smscode/{phone}/{clientId}", (string phone, string clientId, SmsService sms, CancellationToken cancellationToken)
            => RestResults.Run(() => sms.SendCodeAsync(phone, clientId, forRegistration: true, cancellationToken)));
    }
}
