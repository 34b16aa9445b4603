using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;

namespace Authing.AspNetCore.Tests.Client;

public sealed class RequestShapeTests
{
    private const string OwnerToken = "configured-owner-token";

    [Fact]
    public async Task Login_posts_the_login_document_to_the_users_gateway_without_a_token()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler);

        await harness.Client.LoginAsync(new LoginRequest { Email = "someone@example.com", Password = "pa55word" });

        var request = handler.Only();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri(AuthingClientDefaults.UsersGateway), request.Uri);
        Assert.Equal("login", request.OperationName);
        Assert.Null(request.Authorization);
        Assert.Equal("someone@example.com", request.Variable("email"));
        Assert.Equal(ClientHarness.PoolId, request.Variable("registerInClient"));
        Assert.StartsWith("mutation login(", request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_returns_the_user_with_its_token()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler);

        var user = await harness.Client.LoginAsync(new LoginRequest { Username = "someone", Password = "pa55word" });

        Assert.Equal("5a584dcd32e6510001a8f144", user.Id);
        Assert.Equal("user-token", user.Token);
        Assert.Equal(3, user.LoginsCount);
    }

    [Fact]
    public async Task Login_sends_the_MFA_code_under_its_wire_name()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler);

        await harness.Client.LoginAsync(new LoginRequest { Email = "someone@example.com", Password = "pa55word", MfaCode = "123456" });

        Assert.Equal("123456", handler.Only().Variable("MFACode"));
    }

    [Fact]
    public async Task Login_by_phone_code_sends_the_code_as_an_integer()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler);

        await harness.Client.LoginByPhoneCodeAsync(new PhoneCodeLoginRequest { Phone = "13800000000", PhoneCode = 4138 });

        var request = handler.Only();
        Assert.Equal("4138", request.Variable("phoneCode"));
        Assert.Contains("phoneCode: $phoneCode", request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Owner_operation_sends_the_configured_owner_token_as_bearer()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        await harness.Client.ListUsersAsync(page: 2, count: 5);

        var request = handler.Only();
        Assert.Equal("users", request.OperationName);
        Assert.Equal("Bearer", request.Authorization?.Scheme);
        Assert.Equal(OwnerToken, request.Authorization?.Parameter);
        Assert.Equal("2", request.Variable("page"));
        Assert.Equal("5", request.Variable("count"));
    }

    [Fact]
    public async Task User_operation_sends_the_given_user_token_as_bearer()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        await harness.Client.UnbindEmailAsync("the-user-token");

        var request = handler.Only();
        Assert.Equal("unbindEmail", request.OperationName);
        Assert.Equal("the-user-token", request.Authorization?.Parameter);
        Assert.Equal(ClientHarness.PoolId, request.Variable("client"));
    }

    [Fact]
    public async Task ReadOAuthList_goes_to_the_oauth_gateway_without_a_token()
    {
        var handler = new RecordingHandler(_ => Responses.Data("ReadOauthList", """[{"_id":"1","name":"GitHub","enabled":true}]"""));
        using var harness = new ClientHarness(handler, options => options.OAuthGateway = new Uri("http://127.0.0.1:5000/oauth/graphql"));

        var providers = await harness.Client.ReadOAuthListAsync();

        var request = handler.Only();
        Assert.Equal(new Uri("http://127.0.0.1:5000/oauth/graphql"), request.Uri);
        Assert.Equal("ReadOAuthList", request.OperationName);
        Assert.Null(request.Authorization);
        Assert.Equal("GitHub", Assert.Single(providers).Name);
    }

    [Fact]
    public async Task NotBindOAuthList_goes_to_the_oauth_gateway_with_the_owner_token()
    {
        var handler = new RecordingHandler(_ => Responses.Data("notBindOAuthList", """[{"type":"github","binded":false}]"""));
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        var states = await harness.Client.NotBindOAuthListAsync("5a584dcd32e6510001a8f144");

        var request = handler.Only();
        Assert.Equal(new Uri(AuthingClientDefaults.OAuthGateway), request.Uri);
        Assert.Equal(OwnerToken, request.Authorization?.Parameter);
        Assert.False(Assert.Single(states).Binded);
    }

    [Fact]
    public async Task CheckLoginStatus_sends_the_token_argument_and_reads_the_payload()
    {
        var handler = new RecordingHandler(_ => Responses.Data(
            "checkLoginStatus",
            """{"status":true,"code":200,"message":"已登录","token":{"data":{"id":"u1","email":"a@b.c","clientId":"p1","unionid":null},"iat":1560571076,"exp":1561867076}}"""));
        using var harness = new ClientHarness(handler);

        var status = await harness.Client.CheckLoginStatusAsync("the-user-token");

        var request = handler.Only();
        Assert.Equal("the-user-token", request.Variable("token"));
        Assert.Contains("checkLoginStatus(token: $token)", request.Query, StringComparison.Ordinal);
        Assert.True(status.Status);
        Assert.Equal("u1", status.Token?.Data?.Id);
        Assert.Equal(1561867076, status.Token?.Exp);
    }

    [Fact]
    public async Task Expired_token_status_is_returned_as_data_with_2206()
    {
        var handler = new RecordingHandler(_ => Responses.Data("checkLoginStatus", """{"status":false,"code":2206,"message":"登录信息已过期","token":null}"""));
        using var harness = new ClientHarness(handler);

        var status = await harness.Client.CheckLoginStatusAsync("old-token");

        Assert.False(status.Status);
        Assert.Equal(2206, status.Code);
    }

    [Fact]
    public async Task UpdateUser_sends_only_the_fields_that_are_set()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        await harness.Client.UpdateUserAsync(new UpdateUserRequest { Id = "5a584dcd32e6510001a8f144", Nickname = "Neo", Blocked = false });

        var names = handler.Only().Variables.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["_id", "blocked", "nickname", "registerInClient"], names);
    }

    [Fact]
    public async Task Logout_sends_updateUser_with_tokenExpiredAt_zero_and_the_owner_token()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        await harness.Client.LogoutAsync("5a584dcd32e6510001a8f144");

        var request = handler.Only();
        Assert.Equal("UpdateUser", request.OperationName);
        Assert.Equal("0", request.Variable("tokenExpiredAt"));
        Assert.Equal("5a584dcd32e6510001a8f144", request.Variable("_id"));
        Assert.Equal(OwnerToken, request.Authorization?.Parameter);
    }

    [Fact]
    public async Task GetUsersByIds_sends_the_ids_comma_separated()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        var page = await harness.Client.GetUsersByIdsAsync(["a1", "b2"]);

        Assert.Equal("a1,b2", handler.Only().Variable("ids"));
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task RemoveUsers_sends_the_ids_as_a_list_and_returns_the_removed_ids()
    {
        var handler = new RecordingHandler(_ => Responses.Data("removeUsers", """[{"_id":"a1"},{"_id":"b2"}]"""));
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        var removed = await harness.Client.RemoveUsersAsync(["a1", "b2"]);

        Assert.Equal("""["a1","b2"]""", handler.Only().Variable("ids"));
        Assert.Equal(["a1", "b2"], removed);
    }

    [Fact]
    public async Task UserExist_reads_the_boolean_answer()
    {
        var handler = new RecordingHandler(_ => Responses.Data("userExist", "true"));
        using var harness = new ClientHarness(handler);

        var exists = await harness.Client.UserExistAsync(new UserExistRequest { Phone = "13800000000" });

        Assert.True(exists);
        Assert.Equal(ClientHarness.PoolId, handler.Only().Variable("userPoolId"));
    }

    [Fact]
    public async Task Call_argument_overrides_the_configured_pool_id()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler);

        await harness.Client.RegisterAsync(new RegisterRequest { Email = "x@y.z", Password = "p", RegisterInClient = ClientHarness.OtherPoolId });

        Assert.Equal(ClientHarness.OtherPoolId, handler.Only().Variable("registerInClient"));
    }

    [Fact]
    public async Task SendSmsCode_gets_the_rest_path_with_phone_and_pool_id()
    {
        var handler = new RecordingHandler(_ => Responses.Json("""{"code":200,"message":"发送成功"}"""));
        using var harness = new ClientHarness(handler, options => options.RestBase = new Uri("http://127.0.0.1:5000/base"));

        var result = await harness.Client.SendSmsCodeAsync("13800000000");

        var request = handler.Only();
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(new Uri($"http://127.0.0.1:5000/base/send_smscode/13800000000/{ClientHarness.PoolId}"), request.Uri);
        Assert.Equal(200, result.Code);
    }

    [Fact]
    public async Task SendRegisterSmsCode_gets_the_notification_path()
    {
        var handler = new RecordingHandler(_ => Responses.Json("""{"code":200,"message":"发送成功"}"""));
        using var harness = new ClientHarness(handler);

        await harness.Client.SendRegisterSmsCodeAsync("13800000000");

        Assert.Equal(new Uri($"https://users.authing.cn/notification/send_register_smscode/13800000000/{ClientHarness.PoolId}"), handler.Only().Uri);
    }

    [Fact]
    public async Task Repeated_sms_request_answered_with_code_500_raises_AuthingException()
    {
        var handler = new RecordingHandler(_ => Responses.Json("""{"code":500,"message":"已发送验证码，还未失效"}"""));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingException>(() => harness.Client.SendSmsCodeAsync("13800000000"));

        Assert.Equal(500, exception.Code);
        Assert.Equal("已发送验证码，还未失效", exception.AuthingMessage);
    }

    [Fact]
    public async Task Invitation_whitelist_accepts_a_list_answer()
    {
        var handler = new RecordingHandler(_ => Responses.Data("queryInvitation", """[{"client":"p","qrCodePhone":"1"},{"client":"p","qrCodePhone":"2"}]"""));
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        var entries = await harness.Client.QueryInvitationAsync();

        Assert.Equal(["1", "2"], entries.Select(entry => entry.QrCodePhone));
    }

    [Fact]
    public async Task Invitation_whitelist_accepts_a_single_entry_answer()
    {
        var handler = new RecordingHandler(_ => Responses.Data("addToInvitation", """{"client":"p","qrCodePhone":"13800000000"}"""));
        using var harness = new ClientHarness(handler, options => options.OwnerToken = OwnerToken);

        var entries = await harness.Client.AddToInvitationAsync("13800000000");

        Assert.Equal("13800000000", Assert.Single(entries).QrCodePhone);
        Assert.Equal("13800000000", handler.Only().Variable("qrCodPhone"));
    }

    [Fact]
    public void Every_operation_document_is_embedded_and_names_its_operation()
    {
        Assert.All(AuthingOperations.All, operation =>
        {
            var document = OperationDocuments.Get(operation);
            Assert.Contains(operation.OperationName + "(", document, StringComparison.Ordinal);
            Assert.StartsWith(operation.IsQuery ? "query " : "mutation ", document.TrimStart(), StringComparison.Ordinal);
        });
    }
}
