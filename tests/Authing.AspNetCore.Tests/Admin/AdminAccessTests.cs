using System.Net;
using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.Admin;

/// <summary>Only callers satisfying the configured policy reach Authing: anonymous → 401, signed in without it → 403.</summary>
public sealed class AdminAccessTests(AdminApiFixture fixture) : IClassFixture<AdminApiFixture>
{
    private AdminApi Api => fixture.Api;

    public static TheoryData<string, string> Routes => AdminRoutes.All;

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_caller_is_401_with_a_bearer_challenge(string method, string path)
    {
        AdminResponse response = await Api.SendAsync(new HttpMethod(method), path, token: null, AdminRoutes.BodyFor(method));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Signed_in_caller_without_the_policy_is_403(string method, string path)
    {
        string user = await Api.UserTokenAsync();

        AdminResponse response = await Api.SendAsync(new HttpMethod(method), path, user, AdminRoutes.BodyFor(method));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }

    [Fact]
    public async Task Rejected_token_is_401_even_with_invalid_input()
    {
        AdminResponse response = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}?count=1000", "eyJhbGciOiJIUzI1NiJ9.e30.bm90LWEtc2lnbmF0dXJl");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_caller_changes_nothing_in_authing()
    {
        string user = await Api.UserTokenAsync();
        string email = $"refused-{Guid.NewGuid():N}@example.com";

        await Api.SendAsync(HttpMethod.Post, AdminApi.Prefix, user, new { email, password = "Refused-Pa55word" });

        Assert.False(await Api.Authing.UserExistAsync(new UserExistRequest { Email = email }));
    }
}
