using System.Globalization;
using Authing.AspNetCore.Client;
using Authing.Internal;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Authing.AspNetCore.Mfa;

/// <summary>
/// The MFA flow, shared by the endpoints of <c>MapAuthingMfa()</c> and by the app's own pages: the signed-in user's
/// status, enrolment with confirmation, disabling with a code, and password logins that answer a challenge when
/// Authing asks for a code.
/// </summary>
public sealed class AuthingMfaService
{
    private const string StepKeyPrefix = "authing:mfa:step:";
    private readonly AuthingClient client;
    private readonly AuthingMfaOptions options;
    private readonly MfaChallengeStore challenges;
    private readonly IDistributedCache cache;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    internal AuthingMfaService(IAuthingClientFactory clients, IOptions<AuthingMfaOptions> options, MfaChallengeStore challenges, IDistributedCache cache, TimeProvider time, ILogger<AuthingMfaService> logger)
    {
        this.options = options.Value;
        client = clients.GetClient(this.options.ClientName);
        this.challenges = challenges;
        this.cache = cache;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Whether the user's logins need a code.</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status.</returns>
    public async Task<AuthingMfaStatus> GetStatusAsync(string userToken, string userId, CancellationToken cancellationToken = default)
    {
        AuthingMfa mfa = await QueryAsync(userToken, userId, cancellationToken).ConfigureAwait(false);
        return new AuthingMfaStatus(mfa.Enable);
    }

    /// <summary>Gives the user a new secret (MFA stays off until <see cref="ConfirmEnrollmentAsync"/>).</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="userId">The user's id.</param>
    /// <param name="accountName">The account authenticator apps show (the e-mail address or user name).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The secret, its <c>otpauth://</c> URI and the URI's QR code.</returns>
    /// <exception cref="AuthingMfaException"><see cref="AuthingMfaError.AlreadyEnabled"/>.</exception>
    public async Task<AuthingMfaEnrollment> BeginEnrollmentAsync(string userToken, string userId, string accountName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        if ((await QueryAsync(userToken, userId, cancellationToken).ConfigureAwait(false)).Enable)
        {
            throw new AuthingMfaException(AuthingMfaError.AlreadyEnabled, "MFA is already on; turn it off first to enrol a new authenticator.");
        }

        AuthingMfa fresh = await client.ChangeMfaAsync(userToken, Change(userId, enable: false, refreshKey: true), cancellationToken).ConfigureAwait(false);
        string secret = fresh.ShareKey ?? throw new AuthingException("changeMFA", null, "Authing returned no shareKey.");
        string uri = OtpauthUri(secret, accountName);
        return new AuthingMfaEnrollment(secret, uri, QrCodeSvg(uri));
    }

    /// <summary>Turns MFA on once <paramref name="code"/> shows the authenticator app holds the secret.</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="userId">The user's id.</param>
    /// <param name="code">The six-digit code from the app.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when MFA is on.</returns>
    /// <exception cref="AuthingMfaException">The code is malformed or wrong, or MFA is already on.</exception>
    public async Task ConfirmEnrollmentAsync(string userToken, string userId, string? code, CancellationToken cancellationToken = default)
    {
        AuthingMfa mfa = await QueryAsync(userToken, userId, cancellationToken).ConfigureAwait(false);
        if (mfa.Enable)
        {
            throw new AuthingMfaException(AuthingMfaError.AlreadyEnabled, "MFA is already on.");
        }

        await VerifyAccountCodeAsync(mfa, userId, code, "turn MFA on", cancellationToken).ConfigureAwait(false);
        await client.ChangeMfaAsync(userToken, Change(userId, enable: true, refreshKey: false), cancellationToken).ConfigureAwait(false);
        logger.MfaChanged(userId, "on");
    }

    /// <summary>Turns MFA off, given a valid code; the secret is replaced, so the old authenticator entry stops working.</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="userId">The user's id.</param>
    /// <param name="code">The six-digit code from the app.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when MFA is off.</returns>
    /// <exception cref="AuthingMfaException">The code is malformed or wrong, or MFA is off.</exception>
    public async Task DisableAsync(string userToken, string userId, string? code, CancellationToken cancellationToken = default)
    {
        AuthingMfa mfa = await QueryAsync(userToken, userId, cancellationToken).ConfigureAwait(false);
        if (!mfa.Enable)
        {
            throw new AuthingMfaException(AuthingMfaError.NotEnabled, "MFA is off.");
        }

        await VerifyAccountCodeAsync(mfa, userId, code, "turn MFA off", cancellationToken).ConfigureAwait(false);
        await client.ChangeMfaAsync(userToken, Change(userId, enable: false, refreshKey: true), cancellationToken).ConfigureAwait(false);
        logger.MfaChanged(userId, "off");
    }

    /// <summary>A password login; when Authing answers 1635 (MFA code required) a challenge is opened instead of an error.</summary>
    /// <param name="request">The credentials (no MFA code).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or the challenge to answer with <see cref="CompleteLoginAsync"/>.</returns>
    /// <exception cref="AuthingException">Authing refused the login otherwise (2004 user not found, 2006 wrong password, ...).</exception>
    public async Task<AuthingMfaLoginResult> LoginAsync(LoginRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            AuthingUser user = await client.LoginAsync(request with { MfaCode = null }, cancellationToken).ConfigureAwait(false);
            return new AuthingMfaLoginResult(user, null);
        }
        catch (AuthingException exception) when (exception.Code == AuthingMfaDefaults.MfaCodeRequired)
        {
            AuthingMfaChallenge challenge = await challenges.OpenAsync(request, options.ChallengeLifetime, cancellationToken).ConfigureAwait(false);
            logger.ChallengeOpened(options.ChallengeLifetime);
            return new AuthingMfaLoginResult(null, challenge);
        }
    }

    /// <summary>
    /// Answers a login challenge with a code. Every answer counts against <see cref="AuthingMfaOptions.MaxAttempts"/>
    /// before Authing is asked (so concurrent guesses cannot share one attempt); a right code ends the challenge (it
    /// cannot be answered twice). When Authing cannot be reached the <see cref="AuthingTransportException"/> propagates.
    /// </summary>
    /// <param name="challenge">The challenge token from <see cref="LoginAsync"/>.</param>
    /// <param name="code">The six-digit code from the authenticator app.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The signed-in user, with the UserToken.</returns>
    /// <exception cref="AuthingMfaException">The challenge is invalid, expired or ended, or the code is malformed or wrong.</exception>
    public async Task<AuthingUser> CompleteLoginAsync(string? challenge, string? code, CancellationToken cancellationToken = default)
    {
        string wellFormed = RequireWellFormed(code);
        var (id, counted) = await challenges.CountAnswerAsync(challenge, options.MaxAttempts, cancellationToken).ConfigureAwait(false);
        try
        {
            AuthingUser user = await client.LoginAsync(challenges.LoginOf(counted, wellFormed), cancellationToken).ConfigureAwait(false);
            await challenges.EndAsync(id, cancellationToken).ConfigureAwait(false);
            logger.LoginCompleted(user.Id);
            return user;
        }
        catch (AuthingException exception) when (exception is not AuthingTransportException && counted.Failures >= options.MaxAttempts)
        {
            await challenges.EndAsync(id, cancellationToken).ConfigureAwait(false);
            logger.ChallengeLocked(counted.Failures);
            throw new AuthingMfaException(AuthingMfaError.TooManyAttempts, "Too many wrong codes; sign in again.", 0);
        }
        catch (AuthingException exception) when (exception is not AuthingTransportException)
        {
            int left = options.MaxAttempts - counted.Failures;
            logger.WrongCode(left);
            throw new AuthingMfaException(AuthingMfaError.InvalidCode, "The code is not valid.", left);
        }
    }

    private async Task<AuthingMfa> QueryAsync(string userToken, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return await client.QueryMfaAsync(new MfaQuery { UserId = userId }, userToken, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks a code against the user's secret here (Authing offers no call for it), each time step once.</summary>
    private async Task VerifyAccountCodeAsync(AuthingMfa mfa, string userId, string? code, string action, CancellationToken cancellationToken)
    {
        string wellFormed = RequireWellFormed(code);
        byte[] key = Base32.TryDecode(mfa.ShareKey) ?? throw new AuthingException("queryMFA", null, "Authing returned no usable shareKey.");
        string stepKey = StepKeyPrefix + userId;
        string? used = await cache.GetStringAsync(stepKey, cancellationToken).ConfigureAwait(false);
        long? lastUsed = long.TryParse(used, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long step) ? step : null;
        if (Totp.Match(key, wellFormed, time.GetUtcNow(), lastUsed) is not { } matched)
        {
            logger.WrongAccountCode(userId, action);
            throw new AuthingMfaException(AuthingMfaError.InvalidCode, "The code is not valid.");
        }

        await cache.SetStringAsync(
            stepKey,
            matched.ToString(CultureInfo.InvariantCulture),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(Totp.StepSeconds * ((2 * Totp.AllowedDrift) + 1)) },
            cancellationToken).ConfigureAwait(false);
    }

    private string OtpauthUri(string secret, string accountName)
    {
        string issuer = Uri.EscapeDataString(options.Issuer);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{issuer}:{Uri.EscapeDataString(accountName)}?secret={secret}&issuer={issuer}&algorithm=SHA1&digits={Totp.Digits}&period={Totp.StepSeconds}");
    }

    private static string QrCodeSvg(string text)
    {
        using var generator = new QRCodeGenerator();
        using QRCodeData data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(4);
    }

    private static ChangeMfaRequest Change(string userId, bool enable, bool refreshKey)
        => new() { Target = new MfaQuery { UserId = userId }, Enable = enable, RefreshKey = refreshKey };

    private static string RequireWellFormed(string? code)
    {
        string trimmed = code?.Trim() ?? string.Empty;
        return trimmed.Length == Totp.Digits && trimmed.All(char.IsAsciiDigit)
            ? trimmed
            : throw new AuthingMfaException(AuthingMfaError.MalformedCode, $"The code must be {Totp.Digits} digits.");
    }
}
