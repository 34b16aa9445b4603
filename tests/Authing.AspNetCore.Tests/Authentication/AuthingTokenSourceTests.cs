using System.Net;
using Authing.AspNetCore.Authentication;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingTokenSourceTests : AuthingHandlerTestBase
{
    [Fact]
    public async Task Token_is_read_from_the_configured_cookie()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(options => options.TokenSources = [AuthingTokenSources.FromCookie("authing_token")]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Add("Cookie", "authing_token=" + AliceToken);

        using HttpResponseMessage response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_is_read_from_the_configured_query_string_parameter()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(options => options.TokenSources = [AuthingTokenSources.FromQueryString("access_token")]);

        using HttpResponseMessage response = await app.Client.GetAsync(new Uri("/me?access_token=" + Uri.EscapeDataString(AliceToken), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Authorization_header_is_not_read_when_only_a_cookie_source_is_configured()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(options => options.TokenSources = [AuthingTokenSources.FromCookie("authing_token")]);

        using HttpResponseMessage response = await app.GetWithTokenAsync("/me", AliceToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Authing.Calls);
    }

    [Fact]
    public async Task Authorization_header_with_another_scheme_is_not_a_token()
    {
        await using AuthingTestApp app = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new("Basic", "YWxpY2U6c2VjcmV0");

        using HttpResponseMessage response = await app.Client.SendAsync(request);

        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.Equal(0, Authing.Calls);
    }
}
