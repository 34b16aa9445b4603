using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Cookies;
using Authing.AspNetCore.Mfa;
using Authing.Emulator.Pools;
using Authing.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Authing.Tests.Shared;

namespace Authing.AspNetCore.Tests.Mfa;

/// <summary>The MFA endpoints of <c>MapAuthingMfa()</c>, against the emulator over HTTP, with one clock for both.</summary>
public sealed class MfaFlowTests
{
    private const string Prefix = "/authing/mfa";
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task Enrolment_turns_mfa_on_only_after_a_valid_code()
    {
        await using AuthingEnvironment env = await StartAsync();
        string email = await RegisterAsync(env);
        string cookie = await SignInWithoutMfaAsync(env, email);

        using HttpResponseMessage enrolment = await SendAsync(env, HttpMethod.Post, "/enrollment", null, cookie);
        var enrolled = await enrolment.Content.ReadFromJsonAsync<AuthingMfaEnrollment>();
        using HttpResponseMessage wrong = await SendAsync(env, HttpMethod.Post, "/enrollment/confirm", new { code = WrongCode(enrolled!.Secret) }, cookie);
        bool enabledAfterWrongCode = await StatusAsync(env, cookie);
        using HttpResponseMessage right = await SendAsync(env, HttpMethod.Post, "/enrollment/confirm", new { code = Code(enrolled.Secret) }, cookie);

        Assert.Equal(HttpStatusCode.OK, enrolment.StatusCode);
        Assert.StartsWith("otpauth://totp/Authing:" + Uri.EscapeDataString(email) + "?secret=" + enrolled.Secret + "&issuer=Authing", enrolled.OtpauthUri, StringComparison.Ordinal);
        Assert.StartsWith("<svg", enrolled.QrCodeSvg, StringComparison.Ordinal);
        await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "invalid_code");
        Assert.False(enabledAfterWrongCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.True(await StatusAsync(env, cookie));
    }

    [Fact]
    public async Task Login_with_mfa_answers_a_challenge_refuses_a_wrong_code_and_signs_in_with_the_right_one()
    {
        await using AuthingEnvironment env = await StartAsync();
        var (email, secret) = await UserWithMfaAsync(env);

        using HttpResponseMessage login = await LoginAsync(env, email);
        string loginBody = await login.Content.ReadAsStringAsync();
        string challenge = await ChallengeOfAsync(login);
        using HttpResponseMessage wrong = await VerifyAsync(env, challenge, WrongCode(secret));
        using HttpResponseMessage right = await VerifyAsync(env, challenge, Code(secret));
        using HttpResponseMessage me = await SendAsync(env, HttpMethod.Get, "/status", null, CookieOf(right));

        Assert.False(login.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain(EmulatorUsers.Password, loginBody, StringComparison.Ordinal);
        JsonElement problem = await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "invalid_code");
        Assert.Equal(4, problem.GetProperty("remainingAttempts").GetInt32());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("signed_in", (await right.Content.ReadFromJsonAsync<AuthingMfaLoginResponse>())!.Status);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task A_code_that_completed_a_login_is_refused_for_the_next_one_and_a_used_challenge_is_dead()
    {
        await using AuthingEnvironment env = await StartAsync();
        var (email, secret) = await UserWithMfaAsync(env);
        string code = Code(secret);
        string first = await ChallengeOfAsync(await LoginAsync(env, email));
        using (HttpResponseMessage completed = await VerifyAsync(env, first, code))
        {
            Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        }

        string second = await ChallengeOfAsync(await LoginAsync(env, email));
        using HttpResponseMessage replayed = await VerifyAsync(env, second, code);
        using HttpResponseMessage reused = await VerifyAsync(env, first, code);

        await AssertProblemAsync(replayed, HttpStatusCode.Unauthorized, "invalid_code");
        await AssertProblemAsync(reused, HttpStatusCode.Unauthorized, "invalid_challenge");
    }

    [Fact]
    public async Task A_challenge_expires_after_five_minutes()
    {
        await using AuthingEnvironment env = await StartAsync();
        var (email, secret) = await UserWithMfaAsync(env);
        string challenge = await ChallengeOfAsync(await LoginAsync(env, email));

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using HttpResponseMessage late = await VerifyAsync(env, challenge, Code(secret));

        await AssertProblemAsync(late, HttpStatusCode.Unauthorized, "challenge_expired");
    }

    [Fact]
    public async Task A_challenge_dies_after_five_wrong_codes()
    {
        await using AuthingEnvironment env = await StartAsync();
        var (email, secret) = await UserWithMfaAsync(env);
        string challenge = await ChallengeOfAsync(await LoginAsync(env, email));
        var errors = new List<string>();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            using HttpResponseMessage wrong = await VerifyAsync(env, challenge, WrongCode(secret));
            errors.Add((await ProblemAsync(wrong)).GetProperty("error").GetString()!);
        }

        using HttpResponseMessage right = await VerifyAsync(env, challenge, Code(secret));

        Assert.Equal(["invalid_code", "invalid_code", "invalid_code", "invalid_code", "too_many_attempts"], errors);
        await AssertProblemAsync(right, HttpStatusCode.Unauthorized, "invalid_challenge");
    }

    [Fact]
    public async Task Concurrent_wrong_codes_never_send_more_than_five_codes_to_authing()
    {
        await using AuthingEnvironment env = await StartAsync();
        var (email, secret) = await UserWithMfaAsync(env);
        string challenge = await ChallengeOfAsync(await LoginAsync(env, email));
        Authing.Emulator.Users.UserService users = env.Emulator.Services.GetRequiredService<Authing.Emulator.Users.UserService>();
        UserPool pool = env.Emulator.Services.GetRequiredService<UserPoolDirectory>().Get(EmulatorServer.PoolId);
        string userId = (await users.ListAsync(pool, 1, 100, CancellationToken.None)).Page.Single(user => user.Email == email).Id;
        int refusedBefore = (await users.HistoryAsync(userId, CancellationToken.None)).Count(entry => !entry.Success);

        HttpResponseMessage[] answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => VerifyAsync(env, challenge, WrongCode(secret))));
        string[] errors = await Task.WhenAll(answers.Select(async answer => (await ProblemAsync(answer)).GetProperty("error").GetString()!));
        int refusedByAuthing = (await users.HistoryAsync(userId, CancellationToken.None)).Count(entry => !entry.Success) - refusedBefore;

        Assert.Equal(5, refusedByAuthing);
        Assert.Equal(4, errors.Count(error => error == "invalid_code"));
        Assert.All(errors.Where(error => error != "invalid_code"), error => Assert.True(error is "too_many_attempts" or "invalid_challenge", error));
        foreach (HttpResponseMessage answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Disabling_needs_a_valid_code_and_then_the_password_alone_signs_in()
    {
        await using AuthingEnvironment env = await StartAsync();
        var (email, secret) = await UserWithMfaAsync(env);
        string cookie = CookieOf(await VerifyAsync(env, await ChallengeOfAsync(await LoginAsync(env, email)), Code(secret)));
        clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));

        using HttpResponseMessage wrong = await SendAsync(env, HttpMethod.Post, "/disable", new { code = WrongCode(secret) }, cookie);
        using HttpResponseMessage right = await SendAsync(env, HttpMethod.Post, "/disable", new { code = Code(secret) }, cookie);
        using HttpResponseMessage login = await LoginAsync(env, email);

        await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "invalid_code");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.False(await StatusAsync(env, cookie));
        Assert.Equal("signed_in", (await login.Content.ReadFromJsonAsync<AuthingMfaLoginResponse>())!.Status);
    }

    [Fact]
    public async Task In_user_token_mode_the_completed_login_returns_a_UserToken_that_works_as_a_bearer_token()
    {
        await using AuthingEnvironment env = await StartAsync(AuthingMfaCompletion.UserToken);
        var (email, secret) = await UserWithMfaAsync(env);

        using HttpResponseMessage verified = await VerifyAsync(env, await ChallengeOfAsync(await LoginAsync(env, email)), Code(secret));
        var body = await verified.Content.ReadFromJsonAsync<AuthingMfaLoginResponse>();
        using HttpResponseMessage status = await env.App.GetAsync(Prefix + "/status", body!.UserToken);

        Assert.False(verified.Headers.Contains("Set-Cookie"));
        Assert.False(string.IsNullOrEmpty(body.UserToken));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.True((await status.Content.ReadFromJsonAsync<AuthingMfaStatus>())!.Enabled);
    }

    [Fact]
    public async Task Bad_input_is_a_400_problem_and_anonymous_status_is_401()
    {
        await using AuthingEnvironment env = await StartAsync();
        var (email, _) = await UserWithMfaAsync(env);
        string challenge = await ChallengeOfAsync(await LoginAsync(env, email));

        using HttpResponseMessage malformed = await VerifyAsync(env, challenge, "12ab56");
        using HttpResponseMessage noPassword = await SendAsync(env, HttpMethod.Post, "/login", new { email }, cookie: null);
        using HttpResponseMessage forged = await VerifyAsync(env, "not-a-challenge", "123456");
        using HttpResponseMessage anonymous = await SendAsync(env, HttpMethod.Get, "/status", null, cookie: null);
        using HttpResponseMessage wrongPassword = await SendAsync(env, HttpMethod.Post, "/login", new { email, password = "wrong" }, cookie: null);

        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest, "malformed_code");
        await AssertProblemAsync(noPassword, HttpStatusCode.BadRequest, "invalid_request");
        await AssertProblemAsync(forged, HttpStatusCode.Unauthorized, "invalid_challenge");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        JsonElement refused = await AssertProblemAsync(wrongPassword, HttpStatusCode.Unauthorized, "authing_refused");
        Assert.Equal(2006, refused.GetProperty("authingCode").GetInt32());
    }

    [Fact]
    public async Task Login_attempts_beyond_the_rate_limit_are_rejected()
    {
        await using AuthingEnvironment env = await StartAsync(attemptsPerMinute: 2);
        string email = await RegisterAsync(env);

        var statuses = new List<HttpStatusCode>();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            using HttpResponseMessage response = await SendAsync(env, HttpMethod.Post, "/login", new { email, password = "wrong" }, cookie: null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    private Task<AuthingEnvironment> StartAsync(AuthingMfaCompletion completion = AuthingMfaCompletion.Cookie, int attemptsPerMinute = 100) =>
        AuthingEnvironment.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(clock);
                builder.Services.AddAuthentication(completion == AuthingMfaCompletion.Cookie ? AuthingCookieDefaults.AuthenticationScheme : AuthingDefaults.AuthenticationScheme)
                    .AddAuthing()
                    .AddAuthingCookie(options => options.Events.OnRedirectToLogin = context =>
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        return Task.CompletedTask;
                    });
                builder.Services.AddAuthingMfa(options =>
                {
                    options.Completion = completion;
                    options.AttemptsPerMinute = attemptsPerMinute;
                });
                builder.Services.AddRateLimiter(options => options.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
            },
            app =>
            {
                app.UseRateLimiter();
                app.MapAuthingMfa();
            },
            new EmulatorServer { Clock = clock });

    private static async Task<string> RegisterAsync(AuthingEnvironment env)
    {
        string email = $"mfa-{Guid.NewGuid():N}@example.com";
        await env.Users.Client.RegisterAsync(new RegisterRequest { Email = email, Password = EmulatorUsers.Password });
        return email;
    }

    /// <summary>A user whose MFA is on, arranged with the client the way Authing's own console would.</summary>
    private static async Task<(string Email, string Secret)> UserWithMfaAsync(AuthingEnvironment env)
    {
        string email = await RegisterAsync(env);
        AuthingUser user = await env.Users.Client.LoginAsync(new LoginRequest { Email = email, Password = EmulatorUsers.Password });
        AuthingMfa mfa = await env.Users.Client.ChangeMfaAsync(user.Token!, new ChangeMfaRequest { Target = new MfaQuery { UserId = user.Id }, Enable = true });
        return (email, mfa.ShareKey!);
    }

    private static async Task<string> SignInWithoutMfaAsync(AuthingEnvironment env, string email)
    {
        using HttpResponseMessage response = await LoginAsync(env, email);
        Assert.Equal("signed_in", (await response.Content.ReadFromJsonAsync<AuthingMfaLoginResponse>())!.Status);
        return CookieOf(response);
    }

    private static Task<HttpResponseMessage> LoginAsync(AuthingEnvironment env, string email)
        => SendAsync(env, HttpMethod.Post, "/login", new { email, password = EmulatorUsers.Password }, cookie: null);

    private static Task<HttpResponseMessage> VerifyAsync(AuthingEnvironment env, string challenge, string code)
        => SendAsync(env, HttpMethod.Post, "/login/verify", new { challenge, code }, cookie: null);

    private static async Task<bool> StatusAsync(AuthingEnvironment env, string cookie)
    {
        using HttpResponseMessage response = await SendAsync(env, HttpMethod.Get, "/status", null, cookie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AuthingMfaStatus>())!.Enabled;
    }

    private static async Task<HttpResponseMessage> SendAsync(AuthingEnvironment env, HttpMethod method, string path, object? body, string? cookie)
    {
        using var request = new HttpRequestMessage(method, new Uri(Prefix + path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await env.App.Client.SendAsync(request);
    }

    private static async Task<string> ChallengeOfAsync(HttpResponseMessage login)
    {
        using (login)
        {
            var body = await login.Content.ReadFromJsonAsync<AuthingMfaLoginResponse>();
            Assert.Equal("mfa_required", body!.Status);
            return body.Challenge!;
        }
    }

    private static string CookieOf(HttpResponseMessage response)
    {
        string setCookie = response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith(AuthingCookieDefaults.CookieName + "=", StringComparison.Ordinal));
        return setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)];
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        Assert.Equal(status, response.StatusCode);
        JsonElement problem = await ProblemAsync(response);
        Assert.Equal(error, problem.GetProperty("error").GetString());
        return problem;
    }

    private string Code(string secret) => MfaCodes.Current(Base32.TryDecode(secret)!, clock.GetUtcNow());

    private string WrongCode(string secret) => MfaCodes.Wrong(Base32.TryDecode(secret)!, clock.GetUtcNow());
}
