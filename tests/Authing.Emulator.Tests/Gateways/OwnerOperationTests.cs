using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Gateways;

public sealed class OwnerOperationTests : GatewayTest
{
    [Fact]
    public async Task Owner_token_comes_from_the_pool_secret()
    {
        var body = await Client.PostGraphQLAsync(SeedQueries.GetClientWhenSdkInit, new { secret = EmulatorFactory.PoolSecret, clientId = PoolId });

        Assert.Equal(PoolId, (string?)body.Data("getClientWhenSdkInit")["clientInfo"]!["_id"]);
    }

    [Fact]
    public async Task Wrong_pool_secret_is_a_business_error()
    {
        var body = await Client.PostGraphQLAsync(SeedQueries.GetClientWhenSdkInit, new { secret = "wrong", clientId = PoolId });

        Assert.Equal(500, body.BusinessError().Code);
    }

    [Fact]
    public async Task Owner_only_operation_refuses_a_user_token()
    {
        var (_, token) = await SignedUpUserAsync("kai@example.com");

        var body = await Client.PostGraphQLAsync(SeedQueries.Users, new { registerInClient = PoolId }, token);

        Assert.Contains("OwnerToken", body.BusinessError().Message, StringComparison.Ordinal);
        Assert.Null(body["data"]?["users"]);
    }

    [Fact]
    public async Task Owner_only_operation_without_a_token_is_2020()
    {
        var body = await Client.PostGraphQLAsync(SeedQueries.Users, new { registerInClient = PoolId });

        Assert.Equal(2020, body.BusinessError().Code);
    }

    [Fact]
    public async Task Users_are_paged_newest_first_with_the_total()
    {
        await RegisterOverHttpAsync("old@example.com");
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        await RegisterOverHttpAsync("new@example.com");

        var users = (await Client.PostGraphQLAsync(SeedQueries.Users, new { registerInClient = PoolId, page = 1, count = 1 }, await OwnerTokenAsync())).Data("users");

        Assert.Equal(2, (int)users["totalCount"]!);
        Assert.Equal("new@example.com", (string?)Assert.Single(users["list"]!.AsArray())!["email"]);
    }

    [Fact]
    public async Task Malformed_object_id_is_a_business_error()
    {
        var body = await Client.PostGraphQLAsync(SeedQueries.User, new { id = "42", registerInClient = PoolId }, await OwnerTokenAsync());

        Assert.Contains("ObjectId", body.BusinessError().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_user_is_2004()
    {
        var body = await Client.PostGraphQLAsync(SeedQueries.User, new { id = "5f1e2d3c4b5a697887960aff", registerInClient = PoolId }, await OwnerTokenAsync());

        Assert.Equal((2004, "用户不存在"), body.BusinessError());
    }

    [Fact]
    public async Task Removed_users_are_gone()
    {
        var (id, _) = await SignedUpUserAsync("rem@example.com");
        var owner = await OwnerTokenAsync();

        var removed = (await Client.PostGraphQLAsync(SeedQueries.RemoveUsers, new { ids = new[] { id }, registerInClient = PoolId }, owner)).Data("removeUsers");
        var body = await Client.PostGraphQLAsync(SeedQueries.User, new { id, registerInClient = PoolId }, owner);

        Assert.Equal(id, (string?)Assert.Single(removed.AsArray())!["_id"]);
        Assert.Equal(2004, body.BusinessError().Code);
    }

    [Fact]
    public async Task Oauth_gateway_lists_the_pool_social_providers()
    {
        var list = (await Client.PostGraphQLAsync(SeedQueries.ReadOAuthList, new { clientId = PoolId }, gateway: GraphQLHttp.OAuthGateway)).Data("ReadOauthList");

        Assert.Contains(list.AsArray(), provider => (string?)provider!["name"] == "GitHub");
    }
}
