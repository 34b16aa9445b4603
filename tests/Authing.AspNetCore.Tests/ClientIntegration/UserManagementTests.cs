using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary>The OwnerToken operations on users: <c>user</c>, <c>userPatch</c>, <c>users</c>, <c>updateUser</c>, <c>removeUsers</c>.</summary>
public sealed class UserManagementTests(AuthingTargetFixture target) : IClassFixture<AuthingTargetFixture>
{

    private AuthingClient Client => target.Client;

    [Fact]
    public async Task Get_user_returns_the_registered_user()
    {
        AuthingUser registered = await target.RegisterAsync();

        AuthingUser? user = await Client.GetUserAsync(registered.Id);

        Assert.NotNull(user);
        Assert.Equal(registered.Email, user.Email);
    }

    [Fact]
    public async Task Get_user_of_an_unknown_id_is_refused_with_2004()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.GetUserAsync(AuthingTargetFixture.UnknownUserId));

        Assert.Equal(2004, failure.Code);
    }

    [Fact]
    public async Task Get_users_by_ids_returns_the_known_users_and_ignores_unknown_ids()
    {
        AuthingUser first = await target.RegisterAsync();
        AuthingUser second = await target.RegisterAsync();

        AuthingUserPage page = await Client.GetUsersByIdsAsync([first.Id, AuthingTargetFixture.UnknownUserId, second.Id]);

        Assert.Equal(2, page.List.Count);
        Assert.Equal(new HashSet<string>([first.Id, second.Id], StringComparer.Ordinal), page.List.Select(user => user.Id).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_users_pages_through_the_pool()
    {
        await target.RegisterAsync();
        await target.RegisterAsync();

        AuthingUserPage first = await Client.ListUsersAsync(page: 1, count: 1);
        AuthingUserPage second = await Client.ListUsersAsync(page: 2, count: 1);

        Assert.True(first.TotalCount >= 2);
        Assert.NotEqual(Assert.Single(first.List).Id, Assert.Single(second.List).Id);
    }

    [Fact]
    public async Task Update_user_changes_the_profile()
    {
        AuthingUser registered = await target.RegisterAsync();

        AuthingUser updated = await Client.UpdateUserAsync(new UpdateUserRequest { Id = registered.Id, Nickname = "Grace", Company = "Navy" });

        Assert.Equal("Grace", updated.Nickname);
        Assert.Equal("Navy", (await Client.GetUserAsync(registered.Id))?.Company);
    }

    [Fact]
    public async Task Update_user_changes_the_password_when_the_old_one_is_given()
    {
        AuthingUser registered = await target.RegisterAsync();
        const string newPassword = "N3w-password!";

        await Client.UpdateUserAsync(new UpdateUserRequest { Id = registered.Id, Password = newPassword, OldPassword = AuthingTargetFixture.Password });

        AuthingUser user = await Client.LoginAsync(new LoginRequest { Email = registered.Email, Password = newPassword });
        Assert.Equal(registered.Id, user.Id);
    }

    [Fact]
    public async Task Update_user_password_with_a_wrong_old_password_is_refused_with_2006()
    {
        AuthingUser registered = await target.RegisterAsync();

        var failure = await Assert.ThrowsAsync<AuthingException>(() =>
            Client.UpdateUserAsync(new UpdateUserRequest { Id = registered.Id, Password = "N3w-password!", OldPassword = "not-the-password" }));

        Assert.Equal(2006, failure.Code);
    }

    [Fact]
    public async Task Remove_users_deletes_them()
    {
        AuthingUser registered = await Client.RegisterAsync(new RegisterRequest { Email = AuthingTargetFixture.NewEmail(), Password = AuthingTargetFixture.Password });

        IReadOnlyList<string> removed = await Client.RemoveUsersAsync([registered.Id]);

        Assert.Equal(registered.Id, Assert.Single(removed));
        var failure = await Assert.ThrowsAsync<AuthingException>(() =>
            Client.LoginAsync(new LoginRequest { Email = registered.Email, Password = AuthingTargetFixture.Password }));
        Assert.Equal(2004, failure.Code);
    }
}
