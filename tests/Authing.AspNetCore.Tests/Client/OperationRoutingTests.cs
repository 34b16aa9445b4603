using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;

namespace Authing.AspNetCore.Tests.Client;

public sealed class OperationRoutingTests
{
    private const string OwnerToken = "owner-token";
    private const string UserToken = "user-token";

    public static TheoryData<string, string, string, string, string, string?> Operations => new()
    {
        { nameof(AuthingClient.SendResetPasswordEmailAsync), "sendResetPasswordEmail", "sendResetPasswordEmail", "{}", AuthingClientDefaults.UsersGateway, null },
        { nameof(AuthingClient.VerifyResetPasswordVerifyCodeAsync), "verifyResetPasswordVerifyCode", "verifyResetPasswordVerifyCode", "{}", AuthingClientDefaults.UsersGateway, null },
        { nameof(AuthingClient.ChangePasswordAsync), "changePassword", "changePassword", "{}", AuthingClientDefaults.UsersGateway, null },
        { nameof(AuthingClient.SendVerifyEmailAsync), "sendVerifyEmail", "sendVerifyEmail", "{}", AuthingClientDefaults.UsersGateway, null },
        { nameof(AuthingClient.DecodeJwtTokenAsync), "decodeJwtToken", "decodeJwtToken", "{}", AuthingClientDefaults.UsersGateway, null },
        { nameof(AuthingClient.GetUserAsync), "user", "user", "{}", AuthingClientDefaults.UsersGateway, OwnerToken },
        { nameof(AuthingClient.RefreshTokenAsync), "RefreshToken", "refreshToken", "{}", AuthingClientDefaults.UsersGateway, OwnerToken },
        { nameof(AuthingClient.BindOtherOAuthAsync), "bindOtherOAuth", "bindOtherOAuth", "{}", AuthingClientDefaults.UsersGateway, UserToken },
        { nameof(AuthingClient.UnbindOtherOAuthAsync), "unbindOtherOAuth", "unbindOtherOAuth", "{}", AuthingClientDefaults.UsersGateway, UserToken },
        { nameof(AuthingClient.SetInvitationStateAsync), "setInvitationState", "setInvitationState", "{}", AuthingClientDefaults.UsersGateway, OwnerToken },
        { nameof(AuthingClient.QueryInvitationStateAsync), "queryInvitationState", "queryInvitationState", "{}", AuthingClientDefaults.UsersGateway, OwnerToken },
        { nameof(AuthingClient.RemoveFromInvitationAsync), "removeFromInvitation", "removeFromInvitation", "[]", AuthingClientDefaults.UsersGateway, OwnerToken },
        { nameof(AuthingClient.QueryInvitationAsync), "queryInvitation", "queryInvitation", "[]", AuthingClientDefaults.UsersGateway, OwnerToken },
        { nameof(AuthingClient.NotBindOAuthListAsync), "notBindOAuthList", "notBindOAuthList", "[]", AuthingClientDefaults.OAuthGateway, OwnerToken },
        { nameof(AuthingClient.ReadOAuthListAsync), "ReadOAuthList", "ReadOauthList", "[]", AuthingClientDefaults.OAuthGateway, null },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_goes_to_its_gateway_with_its_credential(string method, string operationName, string field, string result, string gateway, string? bearer)
    {
        var handler = new RecordingHandler(_ => Responses.Data(field, result));
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        await Call(harness.Client, method);

        var request = handler.Only();
        Assert.Equal(operationName, request.OperationName);
        Assert.Equal(new Uri(gateway), request.Uri);
        Assert.Equal(bearer, request.Authorization?.Parameter);
    }

    [Fact]
    public async Task Reset_password_operations_send_the_pool_as_client()
    {
        var handler = new RecordingHandler(_ => Responses.Data("sendResetPasswordEmail", """{"message":"成功","code":null}"""));
        using var harness = new ClientHarness(handler);

        var status = await harness.Client.SendResetPasswordEmailAsync("x@y.z");

        Assert.Equal(ClientHarness.PoolId, handler.Only().Variable("client"));
        Assert.Equal("成功", status.Message);
    }

    private static Task Call(AuthingClient client, string method) => method switch
    {
        nameof(AuthingClient.SendResetPasswordEmailAsync) => client.SendResetPasswordEmailAsync("x@y.z"),
        nameof(AuthingClient.VerifyResetPasswordVerifyCodeAsync) => client.VerifyResetPasswordVerifyCodeAsync("x@y.z", "1234"),
        nameof(AuthingClient.ChangePasswordAsync) => client.ChangePasswordAsync("x@y.z", "new", "1234"),
        nameof(AuthingClient.SendVerifyEmailAsync) => client.SendVerifyEmailAsync("x@y.z"),
        nameof(AuthingClient.DecodeJwtTokenAsync) => client.DecodeJwtTokenAsync(UserToken),
        nameof(AuthingClient.GetUserAsync) => client.GetUserAsync("u1"),
        nameof(AuthingClient.RefreshTokenAsync) => client.RefreshTokenAsync("u1"),
        nameof(AuthingClient.BindOtherOAuthAsync) => client.BindOtherOAuthAsync(UserToken, new BindOAuthRequest { Type = "github", Unionid = "g1", UserInfo = "{}" }),
        nameof(AuthingClient.UnbindOtherOAuthAsync) => client.UnbindOtherOAuthAsync(UserToken, "github"),
        nameof(AuthingClient.SetInvitationStateAsync) => client.SetInvitationStateAsync(enabled: true),
        nameof(AuthingClient.QueryInvitationStateAsync) => client.QueryInvitationStateAsync(),
        nameof(AuthingClient.RemoveFromInvitationAsync) => client.RemoveFromInvitationAsync("13800000000"),
        nameof(AuthingClient.QueryInvitationAsync) => client.QueryInvitationAsync(),
        nameof(AuthingClient.NotBindOAuthListAsync) => client.NotBindOAuthListAsync("u1"),
        nameof(AuthingClient.ReadOAuthListAsync) => client.ReadOAuthListAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "No call for this method."),
    };
}
