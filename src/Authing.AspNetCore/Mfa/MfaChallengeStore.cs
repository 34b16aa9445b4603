using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Authing.AspNetCore.Client;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;

namespace Authing.AspNetCore.Mfa;

/// <summary>
/// Login challenges. The caller holds an opaque token (Data Protection: the challenge id and its expiry); the server keeps
/// the login's credentials, password protected again, and the count of wrong codes in <see cref="IDistributedCache"/>,
/// so that several instances share challenges and a copied token cannot reset the count. (Across instances the count is
/// read and written without a lock: two instances answering one challenge at the same moment may share an attempt.)
/// </summary>
internal sealed class MfaChallengeStore(IDataProtectionProvider protection, IDistributedCache cache, TimeProvider time)
{
    private const string KeyPrefix = "authing:mfa:challenge:";
    private readonly IDataProtector tokens = protection.CreateProtector(AuthingMfaDefaults.ChallengePurpose);
    private readonly IDataProtector credentials = protection.CreateProtector(AuthingMfaDefaults.CredentialsPurpose);
    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Opens a challenge for the login <paramref name="request"/>.</summary>
    public async Task<AuthingMfaChallenge> OpenAsync(LoginRequest request, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        string id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        DateTimeOffset expiresAt = time.GetUtcNow() + lifetime;
        var state = new MfaChallengeState(request.Email, request.Username, request.Phone, credentials.Protect(request.Password ?? string.Empty), Failures: 0);
        await SaveAsync(id, state, lifetime, cancellationToken).ConfigureAwait(false);
        string payload = id + "|" + expiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return new AuthingMfaChallenge(tokens.Protect(payload), expiresAt);
    }

    /// <summary>
    /// Counts one more answer to the open challenge of <paramref name="token"/> and returns it with the new count; refused
    /// when the token is not ours, expired or ended, and when the challenge has no attempt left. In this process, the
    /// count of one challenge is read and written by one caller at a time, so concurrent answers never share an attempt.
    /// </summary>
    public async Task<(string Id, MfaChallengeState State)> CountAnswerAsync(string? token, int maxAttempts, CancellationToken cancellationToken)
    {
        string? payload = Unprotect(token);
        string[] parts = payload?.Split('|') ?? [];
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long expiresAtMs))
        {
            throw Invalid();
        }

        string id = parts[0];
        TimeSpan remaining = DateTimeOffset.FromUnixTimeMilliseconds(expiresAtMs) - time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            await cache.RemoveAsync(KeyPrefix + id, cancellationToken).ConfigureAwait(false);
            throw new AuthingMfaException(AuthingMfaError.ChallengeExpired, "The sign-in challenge has expired; sign in again.");
        }

        SemaphoreSlim stripe = stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(id) % (uint)stripes.Length)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            byte[]? stored = await cache.GetAsync(KeyPrefix + id, cancellationToken).ConfigureAwait(false);
            MfaChallengeState state = stored is null ? throw Invalid() : JsonSerializer.Deserialize(stored, MfaJsonContext.Default.MfaChallengeState) ?? throw Invalid();
            if (state.Failures >= maxAttempts)
            {
                throw new AuthingMfaException(AuthingMfaError.TooManyAttempts, "Too many wrong codes; sign in again.", 0);
            }

            MfaChallengeState counted = state with { Failures = state.Failures + 1 };
            await SaveAsync(id, counted, remaining, cancellationToken).ConfigureAwait(false);
            return (id, counted);
        }
        finally
        {
            stripe.Release();
        }
    }

    /// <summary>The login of a challenge, with the password restored and <paramref name="code"/> as the MFA code.</summary>
    public LoginRequest LoginOf(MfaChallengeState state, string code) => new()
    {
        Email = state.Email,
        Username = state.Username,
        Phone = state.Phone,
        Password = credentials.Unprotect(state.ProtectedPassword),
        MfaCode = code,
    };

    private Task SaveAsync(string id, MfaChallengeState state, TimeSpan remaining, CancellationToken cancellationToken)
        => cache.SetAsync(
            KeyPrefix + id,
            JsonSerializer.SerializeToUtf8Bytes(state, MfaJsonContext.Default.MfaChallengeState),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = remaining },
            cancellationToken);

    public Task EndAsync(string id, CancellationToken cancellationToken) => cache.RemoveAsync(KeyPrefix + id, cancellationToken);

    private string? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return tokens.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static AuthingMfaException Invalid() => new(AuthingMfaError.ChallengeInvalid, "The sign-in challenge is not valid; sign in again.");
}
