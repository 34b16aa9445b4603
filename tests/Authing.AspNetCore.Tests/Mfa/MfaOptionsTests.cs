using Authing.AspNetCore.Mfa;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Mfa;

public sealed class MfaOptionsTests
{
    [Fact]
    public void Defaults_are_the_prefix_five_minutes_and_five_attempts()
    {
        using ServiceProvider provider = new ServiceCollection().AddAuthingMfa().BuildServiceProvider();

        AuthingMfaOptions options = provider.GetRequiredService<IOptions<AuthingMfaOptions>>().Value;

        Assert.Equal(("/authing/mfa", TimeSpan.FromMinutes(5), 5), (options.RoutePrefix, options.ChallengeLifetime, options.MaxAttempts));
        Assert.Equal(AuthingMfaCompletion.Cookie, options.Completion);
    }

    [Theory]
    [InlineData("RoutePrefix")]
    [InlineData("ChallengeLifetime")]
    [InlineData("MaxAttempts")]
    [InlineData("Issuer")]
    public void Invalid_options_are_refused_naming_the_property(string property)
    {
        using ServiceProvider provider = new ServiceCollection().AddAuthingMfa(options =>
        {
            switch (property)
            {
                case "RoutePrefix":
                    options.RoutePrefix = "authing/mfa";
                    break;
                case "ChallengeLifetime":
                    options.ChallengeLifetime = TimeSpan.Zero;
                    break;
                case "MaxAttempts":
                    options.MaxAttempts = 0;
                    break;
                default:
                    options.Issuer = "a:b";
                    break;
            }
        }).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AuthingMfaOptions>>().Value);

        Assert.Contains("AuthingMfaOptions." + property, failure.Message, StringComparison.Ordinal);
    }
}
