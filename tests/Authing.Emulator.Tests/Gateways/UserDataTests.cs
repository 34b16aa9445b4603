namespace Authing.Emulator.Tests.Gateways;

public sealed class UserDataTests : GatewayTest
{
    private const string DecodeJwtToken = """
        query decodeJwtToken($token: String){
            decodeJwtToken(token: $token){
                data{
                    email
                    id
                    clientId
                    unionid
                }
                status{
                    message
                    code
                    status
                }
                iat
                exp
            }
        }
        """;

    private const string UserPatch = """
        query userPatch($ids: String){ userPatch(ids: $ids){ list { _id email } totalCount } }
        """;

    private const string RefreshToken = """
        mutation RefreshToken($client: String!, $user: String!) { refreshToken(client: $client, user: $user) { token iat exp } }
        """;

    private const string BindOtherOAuth = """
        mutation bindOtherOAuth($user: String, $client: String, $type: String!, $unionid: String!, $userInfo: String!){
            bindOtherOAuth(user: $user, client: $client, type: $type, unionid: $unionid, userInfo: $userInfo){ _id user type unionid }
        }
        """;

    private const string SetInvitationState = """
        mutation setInvitationState($client: String!, $enableQrCode: Boolean){ setInvitationState(client: $client, enableQrCode: $enableQrCode) { client enableQrCode } }
        """;

    [Fact]
    public async Task DecodeJwtToken_returns_the_token_claims_and_status()
    {
        var (id, token) = await SignedUpUserAsync("uma@example.com");

        var decoded = (await Client.PostGraphQLAsync(DecodeJwtToken, new { token })).Data("decodeJwtToken");

        Assert.Equal(id, (string?)decoded["data"]!["id"]);
        Assert.Equal("uma@example.com", (string?)decoded["data"]!["email"]);
        Assert.Equal(200, (int)decoded["status"]!["code"]!);
    }

    [Fact]
    public async Task UserPatch_returns_the_known_users_and_ignores_invalid_ids()
    {
        var (first, _) = await SignedUpUserAsync("val@example.com");
        var (second, _) = await SignedUpUserAsync("wes@example.com");

        var page = (await Client.PostGraphQLAsync(UserPatch, new { ids = $"{first},nonsense,{second}" }, await OwnerTokenAsync())).Data("userPatch");

        Assert.Equal(2, (int)page["totalCount"]!);
    }

    [Fact]
    public async Task User_token_cannot_read_another_user()
    {
        var (_, token) = await SignedUpUserAsync("xia@example.com");
        var (otherId, _) = await SignedUpUserAsync("yan@example.com");

        var body = await Client.PostGraphQLAsync(SeedQueries.User, new { id = otherId, registerInClient = PoolId }, token);

        Assert.Equal(500, body.BusinessError().Code);
        Assert.Null(body["data"]?["user"]);
    }

    [Fact]
    public async Task Refreshed_token_is_a_valid_user_token()
    {
        var (id, _) = await SignedUpUserAsync("zed@example.com");

        var refreshed = (await Client.PostGraphQLAsync(RefreshToken, new { client = PoolId, user = id }, await OwnerTokenAsync())).Data("refreshToken");
        var status = (await Client.PostGraphQLAsync(SeedQueries.CheckLoginStatus, token: (string)refreshed["token"]!)).Data("checkLoginStatus");

        Assert.Equal(200, (int)status["code"]!);
    }

    [Fact]
    public async Task User_binds_a_social_login_with_its_own_token()
    {
        var (id, token) = await SignedUpUserAsync("abe@example.com");

        var binding = (await Client.PostGraphQLAsync(BindOtherOAuth, new { type = "github", unionid = "gh|9", userInfo = "{}" }, token)).Data("bindOtherOAuth");

        Assert.Equal(id, (string?)binding["user"]);
        Assert.Equal("github", (string?)binding["type"]);
    }

    [Fact]
    public async Task Invitation_operations_refuse_a_user_token()
    {
        var (_, token) = await SignedUpUserAsync("bea@example.com");

        var body = await Client.PostGraphQLAsync(SetInvitationState, new { client = PoolId, enableQrCode = true }, token);

        Assert.Contains("OwnerToken", body.BusinessError().Message, StringComparison.Ordinal);
    }
}
