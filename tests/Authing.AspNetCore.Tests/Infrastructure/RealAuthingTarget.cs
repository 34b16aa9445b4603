using Authing.AspNetCore.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>A real Authing user pool, reached over the network with the client's own HTTP stack.</summary>
internal sealed class RealAuthingTarget(Uri host, string userPoolId, string secret, Uri? oauthHost, string? publicKeyPem) : AuthingTarget
{
    public override string Description => $"the Authing pool {userPoolId} at {host.Host}";

    public override void Configure(AuthingClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var users = WithSlash(host);
        options.UserPoolId = userPoolId;
        options.Secret = secret;
        options.UsersGateway = new Uri(users, "graphql");
        options.OAuthGateway = oauthHost is null ? new Uri(users, "oauth/graphql") : new Uri(WithSlash(oauthHost), "graphql");
        options.RestBase = users;
        if (publicKeyPem is not null)
        {
            options.PasswordEncPublicKey = publicKeyPem;
        }
    }

    public override void Route(IServiceCollection services, string clientName)
    {
    }

    public override Task<string> LatestCodeAsync(string to) =>
        throw new InvalidOperationException(
            $"This test reads the code sent to {to} from the emulator's outbox, but it runs against {Description}, which delivers codes " +
            $"by real SMS and e-mail. It carries [Trait(\"{Needs}\", \"{Emulator}\")]: exclude such tests with --filter \"{Needs}!={Emulator}\".");

    public override void AdvanceClock(TimeSpan by) =>
        throw new InvalidOperationException(
            $"This test moves the emulator's clock, but it runs against {Description}. It carries [Trait(\"{Needs}\", \"{Emulator}\")]: " +
            $"exclude such tests with --filter \"{Needs}!={Emulator}\".");

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
