using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Client;

public sealed class OptionsValidationTests
{
    private readonly AuthingClientOptionsValidator validator = new();

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(validator.Validate(AuthingClientDefaults.Name, new AuthingClientOptions()).Succeeded);
    }

    [Fact]
    public void Relative_gateway_is_rejected_naming_the_property()
    {
        var result = validator.Validate(null, new AuthingClientOptions { UsersGateway = new Uri("/graphql", UriKind.Relative) });

        Assert.Contains(result.Failures!, failure => failure.Contains("UsersGateway", StringComparison.Ordinal) && failure.Contains("absolute http or https", StringComparison.Ordinal));
    }

    [Fact]
    public void Non_http_gateway_is_rejected()
    {
        var result = validator.Validate(null, new AuthingClientOptions { OAuthGateway = new Uri("ftp://example.com/graphql") });

        Assert.Contains(result.Failures!, failure => failure.Contains("OAuthGateway", StringComparison.Ordinal));
    }

    [Fact]
    public void Unparsable_public_key_is_rejected()
    {
        var result = validator.Validate(null, new AuthingClientOptions { PasswordEncPublicKey = "not a key" });

        Assert.Contains(result.Failures!, failure => failure.Contains("PasswordEncPublicKey", StringComparison.Ordinal) && failure.Contains("PEM", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Non_positive_timeout_is_rejected(int seconds)
    {
        var result = validator.Validate(null, new AuthingClientOptions { Timeout = TimeSpan.FromSeconds(seconds) });

        Assert.Contains(result.Failures!, failure => failure.Contains("Timeout must be a positive duration", StringComparison.Ordinal));
    }

    [Fact]
    public void Pool_id_that_is_not_24_hex_is_rejected()
    {
        var result = validator.Validate(null, new AuthingClientOptions { UserPoolId = "my-pool" });

        Assert.Contains(result.Failures!, failure => failure.Contains("UserPoolId", StringComparison.Ordinal) && failure.Contains("24-character hexadecimal", StringComparison.Ordinal));
    }

    [Fact]
    public void Negative_retry_count_is_rejected()
    {
        var result = validator.Validate(null, new AuthingClientOptions { MaxRetries = -1 });

        Assert.Contains(result.Failures!, failure => failure.Contains("MaxRetries", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_secret_is_not_a_startup_failure()
    {
        Assert.True(validator.Validate(null, new AuthingClientOptions { UserPoolId = ClientHarness.PoolId }).Succeeded);
    }

    [Fact]
    public void Invalid_options_fail_when_the_client_is_resolved()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.Timeout = TimeSpan.Zero);

        var exception = Assert.Throws<OptionsValidationException>(() => harness.Client);

        Assert.Contains("Timeout", exception.Message, StringComparison.Ordinal);
    }
}
