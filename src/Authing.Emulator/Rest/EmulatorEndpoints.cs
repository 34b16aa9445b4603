using Authing.Emulator.Keys;
using Authing.Emulator.Outbox;
using Authing.Emulator.Pools;
using Authing.Emulator.Verification;

namespace Authing.Emulator.Rest;

/// <summary>The emulator's own endpoints: health, public key, outbox and the e-mail verification link.</summary>
internal static class EmulatorEndpoints
{
    public static void MapEmulatorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/system/status", (UserPoolDirectory pools) => Results.Json(new
        {
            code = 200,
            message = "ok",
            status = true,
            emulator = true,
            userPools = pools.All.Count,
        }));
        endpoints.MapGet("/__emulator/public-key", (EmulatorKeys keys) => Results.Text(keys.PublicKeyPem, "application/x-pem-file"));
        endpoints.MapGet("/__emulator/outbox", async (string? to, OutboxStore outbox, CancellationToken cancellationToken)
            => Results.Json(await outbox.ListAsync(to, cancellationToken).ConfigureAwait(false)));
        endpoints.MapGet("/__emulator/outbox.html", async (string? to, OutboxStore outbox, CancellationToken cancellationToken)
            => Results.Content(OutboxPage.Render(await outbox.ListAsync(to, cancellationToken).ConfigureAwait(false)), "text/html; charset=utf-8"));
        endpoints.MapGet("/__emulator/verify-email", async (string? token, EmailFlows email, CancellationToken cancellationToken)
            => await email.VerifyEmailAsync(token, cancellationToken).ConfigureAwait(false)
                ? Results.Content("<!DOCTYPE html><meta charset=\"utf-8\"><title>邮箱已验证</title><p>邮箱验证成功。</p>", "text/html; charset=utf-8")
                : Results.Content("<!DOCTYPE html><meta charset=\"utf-8\"><title>链接无效</title><p>验证链接无效或已过期。</p>", "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest));
    }
}
