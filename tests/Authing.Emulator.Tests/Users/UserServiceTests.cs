using Authing.Emulator.Errors;
using Authing.Emulator.Tests.Infrastructure;
using Authing.Emulator.Tokens;
using Authing.Emulator.Users;

namespace Authing.Emulator.Tests.Users;

public sealed class UserServiceTests : EmulatorTest
{
    [Fact]
    public async Task Registered_user_logs_in_and_the_token_checks_200()
    {
        await RegisterAsync("ann@example.com");

        var user = await LoginAsync("ann@example.com");
        var check = await Factory.Service<TokenService>().CheckUserTokenAsync(user.Token, CancellationToken.None);

        Assert.Equal(200, check.Code);
        Assert.Equal(user.Id, check.Claims!.Id);
        Assert.Equal(EmulatorFactory.PoolId, check.Claims.ClientId);
    }

    [Fact]
    public async Task Duplicate_registration_fails_with_2026()
    {
        await RegisterAsync("bob@example.com");

        var error = await Assert.ThrowsAsync<AuthingException>(() => RegisterAsync("BOB@example.com"));

        Assert.Equal(2026, error.Error.Code);
        Assert.Equal("用户已存在，请不要重复注册", error.Error.Message);
    }

    [Fact]
    public async Task Password_is_stored_hashed_never_in_clear()
    {
        var user = await RegisterAsync("carl@example.com", "clear-text-secret");

        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain("clear-text-secret", user.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_fails_with_2006_and_is_recorded_as_a_failed_login()
    {
        var user = await RegisterAsync("dana@example.com");

        var error = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync("dana@example.com", "wrong"));
        var history = await Users.HistoryAsync(user.Id, CancellationToken.None);

        Assert.Equal(2006, error.Error.Code);
        Assert.False(Assert.Single(history).Success);
    }

    [Fact]
    public async Task Unknown_user_fails_with_2004()
    {
        var error = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync("nobody@example.com"));

        Assert.Equal(2004, error.Error.Code);
    }

    [Fact]
    public async Task Login_counts_and_records_the_time_and_ip()
    {
        await RegisterAsync("eve@example.com");
        Factory.Clock.Advance(TimeSpan.FromMinutes(3));

        await LoginAsync("eve@example.com");
        var user = await LoginAsync("eve@example.com", ip: "192.0.2.7");
        var history = await Users.HistoryAsync(user.Id, CancellationToken.None);

        Assert.Equal(2, user.LoginsCount);
        Assert.Equal("192.0.2.7", user.LastIP);
        Assert.Equal(Factory.Clock.GetUtcNow(), user.LastLogin);
        Assert.Equal(2, history.Count(entry => entry.Success));
    }

    [Fact]
    public async Task Password_that_does_not_decrypt_is_a_business_error()
    {
        var error = await Assert.ThrowsAsync<AuthingException>(() => Users.RegisterAsync(
            new RegisterRequest { PoolId = EmulatorFactory.PoolId, Email = "fay@example.com", Password = "not-encrypted" },
            null,
            CancellationToken.None));

        Assert.Equal(AuthingErrors.PasswordNotDecryptable, error.Error);
    }

    [Fact]
    public async Task Password_change_without_the_old_password_is_refused()
    {
        var user = await RegisterAsync("gus@example.com");

        var error = await Assert.ThrowsAsync<AuthingException>(() => Users.UpdateAsync(
            Pool, new UserUpdate { Id = user.Id, Password = Encrypt("new-password") }, CancellationToken.None));

        Assert.Equal(AuthingErrors.OldPasswordRequired, error.Error);
    }

    [Fact]
    public async Task Password_change_with_the_old_password_takes_effect()
    {
        var user = await RegisterAsync("hal@example.com", "old-password");

        await Users.UpdateAsync(Pool, new UserUpdate { Id = user.Id, Password = Encrypt("new-password"), OldPassword = Encrypt("old-password") }, CancellationToken.None);

        Assert.NotNull((await LoginAsync("hal@example.com", "new-password")).Token);
    }

    [Fact]
    public async Task Malformed_object_id_is_a_business_error()
    {
        var error = await Assert.ThrowsAsync<AuthingException>(() => Users.GetAsync(Pool, "not-an-id", CancellationToken.None));

        Assert.Equal(500, error.Error.Code);
    }

    [Fact]
    public async Task Users_are_listed_newest_first_with_the_total()
    {
        await RegisterAsync("first@example.com");
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await RegisterAsync("second@example.com");

        var (page, total) = await Users.ListAsync(Pool, 1, 10, CancellationToken.None);

        Assert.Equal(2, total);
        Assert.Equal(["second@example.com", "first@example.com"], page.Select(user => user.Email));
    }
}
