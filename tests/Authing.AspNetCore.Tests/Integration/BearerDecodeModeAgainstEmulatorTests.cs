using System.Net;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Integration;

/// <summary>The <c>DecodeJwtToken</c> validation mode and start-up checks of the configured client.</summary>
public sealed class BearerDecodeModeAgainstEmulatorTests
{
    private static Task<AuthingEnvironment> StartDecodingAsync() =>
        AuthingEnvironment.StartAsync(builder =>
        {
            builder.Configuration["Authing:ValidationMode"] = nameof(AuthingValidationMode.DecodeJwtToken);
            builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing();
        });

    [Fact]
    public async Task Valid_token_is_accepted_through_decodeJwtToken()
    {
        await using AuthingEnvironment env = await StartDecodingAsync();
        AuthingUser user = await env.Users.RegisterAndLoginAsync();

        using HttpResponseMessage response = await env.App.GetAsync("/me", user.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, env.Emulator.Gate.RequestsFor("decodeJwtToken"));
        Assert.Equal(0, env.Emulator.Gate.RequestsFor("checkLoginStatus"));
    }

    [Fact]
    public async Task Tampered_token_is_refused_through_decodeJwtToken()
    {
        await using AuthingEnvironment env = await StartDecodingAsync();
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        string tampered = user.Token![..^2] + (user.Token[^2..] == "AA" ? "BB" : "AA");

        using HttpResponseMessage response = await env.App.GetAsync("/me", tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_user_pool_id_in_the_authing_section_stops_start_up()
    {
        await using var emulator = new EmulatorServer();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => EmulatedApp.StartAsync(emulator, builder =>
        {
            builder.Configuration["Authing:UserPoolId"] = "not-a-pool";
            builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing();
        }));

        Assert.Contains(nameof(AuthingClientOptions.UserPoolId), failure.Message, StringComparison.Ordinal);
    }
}
