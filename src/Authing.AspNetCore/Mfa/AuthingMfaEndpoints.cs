using System.Security.Claims;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Authing.AspNetCore.Mfa;

/// <summary>The request handlers of <c>MapAuthingMfa()</c>; the flow itself is <see cref="AuthingMfaService"/>.</summary>
internal static class AuthingMfaEndpoints
{
    private const string SignedIn = "signed_in";
    private const string MfaRequired = "mfa_required";

    public static Task<IResult> StatusAsync(HttpContext context, AuthingMfaService mfa, IOptions<AuthingMfaOptions> options, CancellationToken cancellationToken)
        => AsSignedInUserAsync(context, options.Value, async (token, userId) => Results.Ok(await mfa.GetStatusAsync(token, userId, cancellationToken)));

    public static Task<IResult> EnrollAsync(HttpContext context, AuthingMfaService mfa, IOptions<AuthingMfaOptions> options, CancellationToken cancellationToken)
        => AsSignedInUserAsync(context, options.Value, async (token, userId) =>
        {
            ClaimsPrincipal user = context.User;
            string account = user.FindFirstValue(AuthingClaimTypes.Email) ?? user.FindFirstValue(AuthingClaimTypes.PreferredUsername)
                ?? user.FindFirstValue(AuthingClaimTypes.PhoneNumber) ?? userId;
            return Results.Ok(await mfa.BeginEnrollmentAsync(token, userId, account, cancellationToken));
        });

    public static Task<IResult> ConfirmAsync(HttpContext context, AuthingMfaCodeInput input, AuthingMfaService mfa, IOptions<AuthingMfaOptions> options, CancellationToken cancellationToken)
        => AsSignedInUserAsync(context, options.Value, async (token, userId) =>
        {
            await mfa.ConfirmEnrollmentAsync(token, userId, input.Code, cancellationToken);
            return Results.Ok(new AuthingMfaStatus(Enabled: true));
        });

    public static Task<IResult> DisableAsync(HttpContext context, AuthingMfaCodeInput input, AuthingMfaService mfa, IOptions<AuthingMfaOptions> options, CancellationToken cancellationToken)
        => AsSignedInUserAsync(context, options.Value, async (token, userId) =>
        {
            await mfa.DisableAsync(token, userId, input.Code, cancellationToken);
            return Results.Ok(new AuthingMfaStatus(Enabled: false));
        });

    public static Task<IResult> LoginAsync(HttpContext context, AuthingMfaLoginInput input, AuthingMfaService mfa, IOptions<AuthingMfaOptions> options, CancellationToken cancellationToken)
        => GuardAsync(async () =>
        {
            int identifiers = new[] { input.Email, input.Username, input.Phone }.Count(value => !string.IsNullOrWhiteSpace(value));
            if (identifiers != 1 || string.IsNullOrEmpty(input.Password))
            {
                return AuthingMfaProblems.BadRequest("Give one of email, username or phone, and the password.");
            }

            var request = new LoginRequest { Email = Trimmed(input.Email), Username = Trimmed(input.Username), Phone = Trimmed(input.Phone), Password = input.Password };
            AuthingMfaLoginResult result = await mfa.LoginAsync(request, cancellationToken);
            return result.Challenge is { } challenge
                ? Results.Ok(new AuthingMfaLoginResponse { Status = MfaRequired, Challenge = challenge.Token, ExpiresAt = challenge.ExpiresAt })
                : await CompleteAsync(context, result.User!, options.Value);
        });

    public static Task<IResult> VerifyAsync(HttpContext context, AuthingMfaVerifyInput input, AuthingMfaService mfa, IOptions<AuthingMfaOptions> options, CancellationToken cancellationToken)
        => GuardAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(input.Challenge))
            {
                return AuthingMfaProblems.BadRequest("Give the challenge and the code.");
            }

            AuthingUser user = await mfa.CompleteLoginAsync(input.Challenge, input.Code, cancellationToken);
            return await CompleteAsync(context, user, options.Value);
        });

    private static async Task<IResult> CompleteAsync(HttpContext context, AuthingUser user, AuthingMfaOptions options)
    {
        if (options.Completion == AuthingMfaCompletion.UserToken)
        {
            return Results.Ok(new AuthingMfaLoginResponse { Status = SignedIn, UserId = user.Id, UserToken = user.Token });
        }

        await context.SignInWithAuthingAsync(user, cookieScheme: options.CookieScheme);
        return Results.Ok(new AuthingMfaLoginResponse { Status = SignedIn, UserId = user.Id });
    }

    private static async Task<IResult> AsSignedInUserAsync(HttpContext context, AuthingMfaOptions options, Func<string, string, Task<IResult>> action)
    {
        string? userId = context.User.FindFirstValue(AuthingClaimTypes.Subject);
        string? token = await UserTokenAsync(context, options);
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token))
        {
            return AuthingMfaProblems.Unauthorized("The request is not signed in with an Authing UserToken.");
        }

        return await GuardAsync(() => action(token, userId));
    }

    /// <summary>The UserToken behind the request's principal: kept in the Authing cookie session, or sent as the bearer token.</summary>
    private static async Task<string?> UserTokenAsync(HttpContext context, AuthingMfaOptions options)
    {
        if (string.Equals(context.User.Identity?.AuthenticationType, options.CookieScheme, StringComparison.Ordinal))
        {
            return await context.GetTokenAsync(options.CookieScheme, AuthingCookieDefaults.UserTokenName);
        }

        string authorization = context.Request.Headers[HeaderNames.Authorization].ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private static async Task<IResult> GuardAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (AuthingMfaException exception)
        {
            return AuthingMfaProblems.From(exception);
        }
        catch (AuthingException exception)
        {
            return AuthingMfaProblems.From(exception);
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
