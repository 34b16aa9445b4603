using Authing.Emulator.Errors;
using Authing.Emulator.Social;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Social;

public sealed class SocialServiceTests : EmulatorTest
{
    private SocialService Social => Factory.Service<SocialService>();

    [Fact]
    public async Task Bound_social_login_is_listed_and_can_be_unbound()
    {
        var user = await RegisterAsync("pat@example.com");

        await Social.BindAsync(Pool, user.Id, "github", "gh|42", "{}", CancellationToken.None);
        var removed = await Social.UnbindAsync(Pool, user.Id, "github", CancellationToken.None);

        Assert.Equal("gh|42", removed.Unionid);
        Assert.Empty(await Social.BindingsAsync(Pool, user.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Binding_the_same_type_twice_is_refused()
    {
        var user = await RegisterAsync("quinn@example.com");
        await Social.BindAsync(Pool, user.Id, "github", "gh|1", "{}", CancellationToken.None);

        var error = await Assert.ThrowsAsync<AuthingException>(() => Social.BindAsync(Pool, user.Id, "github", "gh|2", "{}", CancellationToken.None));

        Assert.Equal(AuthingErrors.OAuthBindingConflict, error.Error);
    }

    [Fact]
    public async Task A_social_binding_lets_the_email_be_unbound()
    {
        var user = await RegisterAsync("ray@example.com");
        await Social.BindAsync(Pool, user.Id, "github", "gh|7", "{}", CancellationToken.None);

        var updated = await Users.UnbindEmailAsync(Pool, user.Id, CancellationToken.None);

        Assert.Null(updated.Email);
    }
}
