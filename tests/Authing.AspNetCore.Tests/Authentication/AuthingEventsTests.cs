using System.Net;
using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingEventsTests : AuthingHandlerTestBase
{
    [Fact]
    public async Task OnMessageReceived_can_supply_the_token()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(options =>
            options.Events.OnMessageReceived = context =>
            {
                context.Token = context.Request.Headers["X-Authing-Token"];
                return Task.CompletedTask;
            });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Add("X-Authing-Token", AliceToken);

        using HttpResponseMessage response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OnTokenValidated_can_reject_an_accepted_token()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(options =>
            options.Events.OnTokenValidated = context =>
            {
                if (context.TokenClaims.UserId == AliceId)
                {
                    context.Fail("Alice is suspended in this app.");
                }

                return Task.CompletedTask;
            });

        using HttpResponseMessage response = await app.GetWithTokenAsync("/me", AliceToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task OnAuthenticationFailed_sees_authings_rejection_code()
    {
        Authing.Reject(AliceToken, 2206, "登录信息已过期");
        int? seenCode = null;
        await using AuthingTestApp app = await StartAsync(options =>
            options.Events.OnAuthenticationFailed = context =>
            {
                seenCode = (context.Exception as AuthingTokenRejectedException)?.Code;
                return Task.CompletedTask;
            });

        await app.StatusForAsync(AliceToken);

        Assert.Equal(2206, seenCode);
    }

    [Fact]
    public async Task OnChallenge_HandleResponse_replaces_the_401_answer()
    {
        await using AuthingTestApp app = await StartAsync(options =>
            options.Events.OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync("sign in at /login");
            });

        using HttpResponseMessage response = await app.Client.GetAsync(new Uri("/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(response.Headers.WwwAuthenticate);
        Assert.Equal("sign in at /login", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OnForbidden_is_raised_with_the_403()
    {
        AcceptAlice();
        int? statusSeen = null;
        await using AuthingTestApp app = await StartAsync(options =>
            options.Events.OnForbidden = context =>
            {
                statusSeen = context.Response.StatusCode;
                return Task.CompletedTask;
            });

        (await app.GetWithTokenAsync("/admin", AliceToken)).Dispose();

        Assert.Equal(StatusCodes.Status403Forbidden, statusSeen);
    }

    [Fact]
    public async Task Events_are_raised_in_order_for_an_accepted_token()
    {
        AcceptAlice();
        var raised = new List<string>();
        await using AuthingTestApp app = await StartAsync(options =>
        {
            options.Events.OnMessageReceived = _ => Record("message received");
            options.Events.OnTokenValidated = _ => Record("token validated");
            options.Events.OnAuthenticationFailed = _ => Record("authentication failed");
        });

        await app.GetUserAsync(AliceToken);

        Assert.Equal(["message received", "token validated"], raised);

        Task Record(string name)
        {
            raised.Add(name);
            return Task.CompletedTask;
        }
    }
}
