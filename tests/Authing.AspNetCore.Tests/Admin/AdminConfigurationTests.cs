using System.Net;
using Authing.AspNetCore.Admin;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Admin;

/// <summary>How <c>AddAuthingAdminApi</c> is configured: route prefix, configuration section, and the checks made at start-up.</summary>
public sealed class AdminConfigurationTests
{
    [Fact]
    public async Task Routes_move_under_a_configured_prefix()
    {
        await using AdminApi api = await AdminApi.StartAsync(options =>
        {
            options.PolicyName = AdminApi.Policy;
            options.RoutePrefix = "/internal/people/";
        });
        string admin = await api.AdminTokenAsync();
        var user = await api.NewUserAsync();

        AdminResponse moved = await api.SendAsync(HttpMethod.Get, $"/internal/people/{user.Id}", admin);
        AdminResponse old = await api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}/{user.Id}", admin);

        Assert.Equal(HttpStatusCode.OK, moved.Status);
        Assert.Equal(user.Id, moved.Json.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, old.Status);
    }

    [Fact]
    public async Task Options_are_read_from_the_authing_admin_api_section()
    {
        await using AdminApi api = await AdminApi.StartAsync(
            configure: _ => { },
            settings: new Dictionary<string, string?>
            {
                ["Authing:AdminApi:PolicyName"] = AdminApi.Policy,
                ["Authing:AdminApi:RoutePrefix"] = "from-configuration/users",
            });
        string admin = await api.AdminTokenAsync();

        AdminResponse response = await api.SendAsync(HttpMethod.Get, "/from-configuration/users?page=1&count=1", admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(AdminApi.Policy, api.Environment.App.Services.GetRequiredService<IOptions<AuthingAdminApiOptions>>().Value.PolicyName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("api/{tenant}/users")]
    [InlineData("api/users?x=1")]
    public async Task Malformed_prefix_stops_start_up_naming_the_option(string prefix)
    {
        OptionsValidationException exception = await Assert.ThrowsAsync<OptionsValidationException>(() => AdminApi.StartAsync(options =>
        {
            options.PolicyName = AdminApi.Policy;
            options.RoutePrefix = prefix;
        }));

        Assert.Contains("AuthingAdminApiOptions.RoutePrefix", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_without_secret_or_owner_token_stops_start_up()
    {
        OptionsValidationException exception = await Assert.ThrowsAsync<OptionsValidationException>(() => AdminApi.StartAsync(
            settings: new Dictionary<string, string?> { ["Authing:Secret"] = "" }));

        Assert.Contains("Authing:Secret", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Owner_token_that_authing_refuses_is_502_not_the_callers_fault()
    {
        await using AdminApi api = await AdminApi.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Authing:Secret"] = "",
            ["Authing:OwnerToken"] = "eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7fX0.bm90LXNpZ25lZA",
        });
        string admin = await api.AdminTokenAsync();

        AdminResponse response = await api.SendAsync(HttpMethod.Get, AdminApi.Prefix, admin);

        Assert.Equal(2207, response.Problem(HttpStatusCode.BadGateway).GetProperty("authingCode").GetInt32());
        Assert.DoesNotContain("bm90LXNpZ25lZA", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_the_admin_api_before_add_authing_is_refused()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(() =>
            builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthingAdminApi(options => options.PolicyName = AdminApi.Policy));

        Assert.Contains("AddAuthing()", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_the_admin_api_twice_is_refused()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        var authentication = builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing().AddAuthingAdminApi();

        Assert.Throws<InvalidOperationException>(() => authentication.AddAuthingAdminApi());
    }

    [Fact]
    public async Task Admin_api_of_a_second_scheme_calls_authing_through_that_schemes_client()
    {
        var emulator = new EmulatorServer();
        var poolB = new BearerRecorder();
        await using AuthingEnvironment env = await AuthingEnvironment.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(emulator.ClientSettings("PoolB:"));
                emulator.RouteClient(builder.Services, "PoolB");
                builder.Services.AddHttpClient(AuthingClientDefaults.HttpClientName("PoolB")).AddHttpMessageHandler(() => poolB);
                builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme)
                    .AddAuthing()
                    .AddAuthing("PoolB", builder.Configuration.GetSection("PoolB"))
                    .AddAuthingAdminApi("PoolB", options => options.PolicyName = "Signed-in");
                builder.Services.AddAuthorizationBuilder().AddPolicy("Signed-in", policy => policy.RequireAuthenticatedUser());
            },
            map: app => app.MapControllers(),
            emulator: emulator);
        string token = (await env.Users.RegisterAndLoginAsync()).Token!;
        using var request = new HttpRequestMessage(HttpMethod.Get, AdminApi.Prefix);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using HttpResponseMessage response = await env.App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(poolB.Tokens);
    }
}
