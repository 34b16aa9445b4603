using System.Buffers.Text;
using System.Security.Cryptography;
using Authing.Emulator.Storage;
using Authing.Emulator.Users;

namespace Authing.Emulator.Oidc;

/// <summary>
/// Who is signed in at the provider, by browser: a random session id in an HttpOnly, SameSite=Lax cookie
/// (<see cref="CookieName"/>), kept server side only as its hash, valid <see cref="Lifetime"/>.
/// </summary>
public sealed class OidcSessions
{
    /// <summary>The provider's session cookie.</summary>
    public const string CookieName = "authing_emulator_oidc_session";

    /// <summary>How long a provider session lasts.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly EmulatorDatabase database;
    private readonly TimeProvider time;

    internal OidcSessions(EmulatorDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    /// <summary>The browser's session, or null (also when its user was deleted or blocked since).</summary>
    internal Task<ProviderSession?> CurrentAsync(HttpContext context)
    {
        var id = context.Request.Cookies[CookieName];
        return string.IsNullOrEmpty(id)
            ? Task.FromResult<ProviderSession?>(null)
            : database.ReadAsync(
                connection => OidcStore.FindSession(connection, id, time.GetUtcNow()) is { } session
                    && UserStore.Find(connection, session.PoolId, session.UserId) is { IsDeleted: false, Blocked: false }
                        ? session
                        : null,
                context.RequestAborted);
    }

    /// <summary>
    /// Starts a session for the user (ending the browser's previous one) and sets the cookie; expired sessions, codes
    /// and refresh tokens are deleted on the way.
    /// </summary>
    internal async Task<ProviderSession> SignInAsync(HttpContext context, string poolId, string userId)
    {
        var now = time.GetUtcNow();
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var session = new ProviderSession(poolId, userId, now);
        var previous = context.Request.Cookies[CookieName];
        await database.WriteAsync(
            connection =>
            {
                if (!string.IsNullOrEmpty(previous))
                {
                    OidcStore.DeleteSession(connection, previous);
                }

                OidcStore.PurgeExpired(connection, now);
                OidcStore.InsertSession(connection, id, session, now + Lifetime);
            },
            context.RequestAborted).ConfigureAwait(false);
        context.Response.Cookies.Append(CookieName, id, Options(context));
        return session;
    }

    /// <summary>Ends the browser's session, if any, and deletes the cookie.</summary>
    internal async Task SignOutAsync(HttpContext context)
    {
        if (context.Request.Cookies[CookieName] is { Length: > 0 } id)
        {
            await database.WriteAsync(connection => OidcStore.DeleteSession(connection, id), context.RequestAborted).ConfigureAwait(false);
        }

        context.Response.Cookies.Delete(CookieName, Options(context));
    }

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = "/",
        IsEssential = true,
    };
}
